"""A helper's log record of a known type that still fails to format: named field missing from dict arg."""
import logging

import autoform as af

CAUSE = "known-type record fails: named field missing from dict arg"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %(k)s", {"j": r})
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
