"""An ask first, then a pinned helper, as arguments; both print."""
import logging

import autoform as af

CAUSE = "pinned helper as argument"
ARGS = ("owls", "cats", "n")

def ask(t):
    print("ask start", t)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask end", t)
    return r

def pinned(t, n):
    print("pinned start", t)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("pinned %d", n)
    print("pinned end", t)
    return r

def main(a, b, n):
    return (ask(a), pinned(b, n), ask(a + b))
