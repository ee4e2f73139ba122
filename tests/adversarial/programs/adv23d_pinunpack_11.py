"""A pinned helper returning a tuple that is unpacked, with a star."""
import logging

import autoform as af

CAUSE = "pinned helper result unpacked"
ARGS = ("owls", "cats", "n")

def pinned(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("pinned %d", n)
    return r, t, n

def main(a, b, n):
    x, *rest = pinned(a, n)
    y = af.lm_call([{"role": "user", "content": b + x}], model="m")
    p, q, r = pinned(y, n)
    return x, rest, y, p, q, r
