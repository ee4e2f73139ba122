"""An earlier LM call fails and a later pinned helper fails too: the earlier failure must win."""
import logging

import autoform as af

CAUSE = "pinned helper failure order"
ARGS = ("owls", "cats", "n")
FAIL = ["owls"]

def pinned(t, n):
    logging.warning("got %d", n)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    raise ValueError("pinned " + r)

def main(a, b, n):
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    y = pinned(b, n)
    return x, y
