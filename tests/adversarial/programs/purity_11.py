"""A helper extends a module list with __iadd__ called by name; the call before it fails."""

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

LOG = []


def record(x):
    LOG.__iadd__([x])
    return 1


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = record(q)
    return a + str(n)
