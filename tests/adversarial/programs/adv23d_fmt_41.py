"""A helper's log record via logging.log with a str level computed; the helper runs beside another printing helper."""
import logging

import autoform as af

CAUSE = "log record formatting judged: via logging.log with a str level computed"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.log(30, "l %d %d", len(r))
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
