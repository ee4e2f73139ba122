"""A pinned helper and an ask as arguments of one call."""
import logging

import autoform as af

CAUSE = "pinned helper as argument"
ARGS = ("owls", "cats", "n")

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask", t)
    return r

def pinned(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("pinned %d", n)
    print("pinned", t)
    return r

def combine(p, q):
    return p + "|" + q

def main(a, b, n):
    return combine(pinned(a, n), ask(b))
