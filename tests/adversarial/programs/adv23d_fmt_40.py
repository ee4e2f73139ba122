"""A helper's log record via a module logger and %d of a str; the helper runs beside another printing helper."""
import logging

import autoform as af

CAUSE = "log record formatting judged: via a module logger and %d of a str"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.getLogger("zz").warning("z %d", r)
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
