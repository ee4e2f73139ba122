"""A helper appends through exec(); the call before it fails."""

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

TRAIL = []


def sneaky(x):
    exec("TRAIL.append(x)", globals(), {"x": x})
    return len(TRAIL)


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = sneaky(q)
    return a + str(n)
