"""A helper's log record of a known type that still fails to format: pct-i of a division overflowing to inf."""
import logging

import autoform as af

CAUSE = "known-type record fails: pct-i of a division overflowing to inf"
ARGS = ("owls", "cats", "x")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, v):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %i", len(r) / 1e-308)
    return r

def main(a, b, v):
    return noted(a, v), other(a), noted(b, v), other(b)
