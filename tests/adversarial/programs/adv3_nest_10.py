"""The inner loop's name shadows the outer's: the outer name after the loops."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = []
    for x in cs:
        for x in qs:
            out.append(ask(x))
    return out, x
