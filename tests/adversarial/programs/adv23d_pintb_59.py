"""Uncaught exception from a pinned helper nested two deep: traceback frames."""
import logging

import autoform as af

CAUSE = "traceback through pinned helpers"
ARGS = ("owls", "cats", "n")

def inner(t, n):
    logging.warning("got %d", n)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    raise KeyError(r)

def outer(t, n):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    return inner(r, n)

def main(a, b, n):
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    return x, outer(b, n)
