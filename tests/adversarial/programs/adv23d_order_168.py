"""Evaluation order: a pinned helper's index in a subscript target inside a fanned loop."""
import logging

import autoform as af

CAUSE = "pinned helper evaluation order: subscript target in loop"
ARGS = (["a", "b"], "n")
LOG = []

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    LOG.append("ask " + t)
    return r

def pinned(t, n):
    logging.warning("pinned %d", n)
    LOG.append("pinned " + t)
    return t

def main(xs, n):
    d = {}
    for x in xs:
        d[pinned(x, n)] = ask(x)
    return d
