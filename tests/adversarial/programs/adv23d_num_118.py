"""A helper's log record of a known type that still fails to format: pct-i of float nan from math."""
import logging

import autoform as af

CAUSE = "known-type record fails: pct-i of float nan from math"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    import math
    logging.warning("got %i", math.nan + len(r))
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
