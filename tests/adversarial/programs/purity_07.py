"""A helper writes a global through globals(); the call before it fails."""

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

N = 0


def setn(x):
    globals()["N"] = len(x)
    return 1


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = setn(q)
    return a + str(n)
