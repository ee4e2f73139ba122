"""A pinned helper raises; an LM call after it must never be requested."""
import logging

import autoform as af

CAUSE = "later LM call started before a pinned helper that raises"
ARGS = ("owls", "cats", "n")

def pinned(t, n):
    logging.warning("got %d", n)
    if t == "cats":
        raise ValueError("no cats")
    return t

def main(a, b, n):
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    y = pinned(b, n)
    z = af.lm_call([{"role": "user", "content": "later"}], model="m")
    return x, y, z
