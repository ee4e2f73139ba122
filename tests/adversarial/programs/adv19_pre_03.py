"""A pre-call division by zero for a later item; the post part of earlier items writes to
a module list."""

import autoform as af

CAUSE = "pre-call ZeroDivisionError"
ARGS = ([4, 2, 0, 1],)
DONE = []


def main(ns: list):
    out = []
    for n in ns:
        r = af.lm_call([{"role": "user", "content": str(100 // n)}], model="m")
        DONE.append(n)
        out.append(r)
    return out
