"""print with sep taken from a reply, and a file kwarg of sys.stderr."""

import sys

import autoform as af

CAUSE = "print sep from reply"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    y = af.lm_call([{"role": "user", "content": b}], model="m")
    print("a", "b", sep=x)
    print(y, file=sys.stderr)
    print(x, y, sep="|", file=sys.stdout)
    return 1
