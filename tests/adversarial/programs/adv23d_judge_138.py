"""An int-annotated parameter given a str, logged with pct-d in a helper two calls deep."""
import logging

import autoform as af

CAUSE = "annotation trusted: nested helper"
ARGS = ("owls", "cats", "x")

def deep(t, n: int):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("deep %d", n)
    return r

def mid(t, n):
    r = af.lm_call([{"role": "user", "content": "m" + t}], model="m")
    return deep(r, n)

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def main(a, b, n):
    return mid(a, n), other(a), mid(b, n), other(b)
