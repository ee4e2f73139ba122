"""Pinned helper raises before its LM call while an earlier task fails later."""
import logging

import autoform as af

CAUSE = "pinned helper failure order"
ARGS = ("owls", "cats", "n")
FAIL = ["owls"]

def pinned(t, n):
    logging.warning("got %d", n)
    raise ValueError("pinned " + t)

def main(a, b, n):
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    y = pinned(b, n)
    return x + y
