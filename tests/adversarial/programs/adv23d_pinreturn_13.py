"""return pinned(a), ask(b) with prints in both."""
import logging

import autoform as af

CAUSE = "pinned helper in return tuple"
ARGS = ("owls", "cats", "n")

def ask(t):
    print("ask", t)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask done", t)
    return r

def pinned(t, n):
    print("pinned", t)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("pinned %d", n)
    print("pinned done", t)
    return r

def main(a, b, n):
    return pinned(a, n), ask(b)
