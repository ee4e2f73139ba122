"""Evaluation order: starred call arguments."""
import logging

import autoform as af

CAUSE = "pinned helper evaluation order: starred call arguments"
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
    d["s"] = [*[pinned(a, n)], *[ask(b)], pinned(b, n)]
    return d
