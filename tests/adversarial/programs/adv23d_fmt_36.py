"""A helper's log record passes star args of a str; the helper runs beside another printing helper."""
import logging

import autoform as af

CAUSE = "log record formatting judged: passes star args of a str"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("s %s %s", *r)
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
