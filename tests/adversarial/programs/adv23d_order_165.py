"""Evaluation order: f-string with pinned and ask fields."""
import logging

import autoform as af

CAUSE = "pinned helper evaluation order: f-string with pinned and ask fields"
ARGS = ("owls", "cats", "n")
LOG = []

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask", t)
    LOG.append("ask " + t)
    return r

def pinned(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("pinned %d", n)
    print("pinned", t)
    LOG.append("pinned " + t)
    return r

def main(a, b, n):
    d = {}
    d["f"] = f"{ask(a)}-{pinned(b, n)}-{ask(b)}"
    return d
