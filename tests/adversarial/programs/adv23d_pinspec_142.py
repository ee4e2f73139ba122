"""A pinned helper raises while a later LM call (started early) fails: the pinned error wins."""
import logging

import autoform as af

CAUSE = "later failing LM call vs raising pinned helper"
ARGS = ("owls", "cats", "n")
FAIL = ["later"]

def pinned(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    print("pinned", r)
    raise ValueError("pinned " + r)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b, n):
    y = pinned(b, n)
    z = ask("later")
    return y, z
