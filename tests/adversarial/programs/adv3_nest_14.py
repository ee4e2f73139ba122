"""The inner loop has an `else` clause that appends."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = []
    for c in cs:
        for q in qs:
            out.append(ask(c + q))
        else:
            out.append("end " + c)
    return out
