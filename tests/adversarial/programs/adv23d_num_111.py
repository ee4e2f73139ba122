"""A helper's log record of a known type that still fails to format: %i of a str via dict."""
import logging

import autoform as af

CAUSE = "known-type record fails: pct-i of a str via dict"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %(k)i %(k)s", {"k": r})
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
