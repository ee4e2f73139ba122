"""A helper writes through a dict it got as a default argument; the call before it fails."""

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

STORE = {}


def store(x, where=STORE):
    where[x] = True
    return len(where)


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = store(q)
    return a + str(n)
