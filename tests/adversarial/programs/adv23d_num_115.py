"""A helper's log record of a known type that still fails to format: pct-d of a float overflowing to inf by arithmetic."""
import logging

import autoform as af

CAUSE = "known-type record fails: pct-d of a float overflowing to inf by arithmetic"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", len(r) * 1e308 * 10)
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
