"""A helper's log record of a known type that still fails to format: %s of a list holding a huge int."""
import logging

import autoform as af

CAUSE = "known-type record fails: pct-s of a list holding a huge int"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %s", [10 ** (len(r) * 1000)])
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
