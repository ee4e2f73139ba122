"""A helper calls another helper that prints; the call before it fails."""

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}


def inner(x):
    print("inner", x)
    return 2


def outer(x):
    return inner(x) + 1


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = outer(q)
    return a + str(n)
