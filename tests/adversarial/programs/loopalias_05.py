"""A loop collects with extend, two values per item; the second item fails."""

import autoform as af

CAUSE = "loop"
ARGS = (["a", "b FAIL", "c"],)
FAIL = {"FAIL"}


def main(items: list[str]):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        out.extend([it, r])
    return out
