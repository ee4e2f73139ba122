"""A loop over map() with a logging function: items are drawn one at a time."""

import autoform as af

CAUSE = 8
ARGS = (["a", "b", "c"],)
FAIL = {"A"}
LOG = []


def shout(s):
    LOG.append("map " + s)
    return s.upper()


def main(items: list):
    out = []
    for s in map(shout, items):
        out.append(af.lm_call([{"role": "user", "content": s}], model="m"))
    return out
