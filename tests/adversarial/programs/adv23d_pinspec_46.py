"""A pinned helper whose own LM call fails; a later independent ask must not be requested."""
import logging

import autoform as af

CAUSE = "later LM call started before a failing pinned helper"
ARGS = ("owls", "cats", "n")
FAIL = ["cats"]

def pinned(t, n):
    logging.warning("got %d", n)
    return af.lm_call([{"role": "user", "content": t}], model="m")

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b, n):
    y = pinned(b, n)
    z = ask(a)
    return y, z
