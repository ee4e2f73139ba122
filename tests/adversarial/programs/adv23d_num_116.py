"""A helper's log record of a known type that still fails to format: pct-x of float inf from math."""
import logging

import autoform as af

CAUSE = "known-type record fails: pct-x of float inf from math"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    import math
    logging.warning("got %d", math.inf)
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
