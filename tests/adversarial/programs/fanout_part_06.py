"""A loop body with two calls per item, the second using the first; one item fails late."""

import autoform as af

CAUSE = "fanout"
ARGS = (["a", "b", "c"],)
FAIL = {"refine <m:b>"}


def main(items: list):
    out = []
    for it in items:
        draft = af.lm_call([{"role": "user", "content": it}], model="m")
        out.append(af.lm_call([{"role": "user", "content": "refine " + draft}], model="m"))
    return out
