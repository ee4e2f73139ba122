"""A stdout handler set up in the body; the second item raises its level, so later items'
lines are dropped."""

import logging
import sys

import autoform as af

CAUSE = "output level changed in loop"
ARGS = (["owls", "cats", "dogs", "bees"],)
log = logging.getLogger(__name__)
log.setLevel(logging.INFO)
log.propagate = False


def main(topics: list):
    h = logging.StreamHandler(sys.stdout)
    log.addHandler(h)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("got %s", r)
        if t == "cats":
            h.setLevel(logging.WARNING)
        out.append(r)
    log.removeHandler(h)
    return out
