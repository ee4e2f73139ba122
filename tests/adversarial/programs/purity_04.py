"""A helper deletes a key of a module dict; the call before it fails."""

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

CACHE = {"q": "cached"}


def evict(x):
    del CACHE[x]
    return 0


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = evict(q)
    return a + str(n)
