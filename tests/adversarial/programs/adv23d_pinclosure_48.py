"""A nested function in main calls a pinned helper; called beside other asks."""
import logging

import autoform as af

CAUSE = "nested function calling pinned helper"
ARGS = ("owls", "cats", "n")

def pinned(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    print("pinned", t)
    return r

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask", t)
    return r

def main(a, b, n):
    def inner(t):
        return pinned(t, n)

    return ask(a), inner(b), ask(b + a), inner(a + b)
