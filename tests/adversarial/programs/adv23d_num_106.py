"""A helper's log record of a known type that still fails to format: %f of a huge int."""
import logging

import autoform as af

CAUSE = "known-type record fails: pct-f of a huge int"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %f", 10 ** (len(r) * 100))
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
