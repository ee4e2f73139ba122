"""A with-statement target that is a subscript from a helper."""
import contextlib

import autoform as af

CAUSE = "with target subscript evaluation order"
ARGS = ("owls", "cats")
LOG = []

@contextlib.contextmanager
def opened(t):
    LOG.append("enter " + t)
    yield t
    LOG.append("exit " + t)

def key(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    LOG.append("key " + t)
    return r

def main(a, b):
    d = {}
    with opened(b) as d[key(a)]:
        LOG.append("body")
    return d
