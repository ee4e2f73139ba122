"""A helper's log record of a known type that still fails to format: pct-d of a float from float() of the reply."""
import logging

import autoform as af

CAUSE = "known-type record fails: pct-d of a float from float() of the reply"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", float(r.strip("<>m:") or "nan"))
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
