"""A helper's log record of a known type that still fails to format: pct-s with a precision too big."""
import logging

import autoform as af

CAUSE = "known-type record fails: pct-s with a precision too big"
ARGS = ("owls", "cats", "x")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, v):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %.99999999999s", r)
    return r

def main(a, b, v):
    return noted(a, v), other(a), noted(b, v), other(b)
