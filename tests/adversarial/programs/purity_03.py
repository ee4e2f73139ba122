"""A helper merges into a module dict with |=; the call before it fails."""

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

SETTINGS = {"a": 1}


def merge(x):
    global SETTINGS
    SETTINGS |= {x: 2}
    return len(SETTINGS)


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = merge(q)
    return a + str(n)
