"""A helper's log record has an LM-made message with %s fields; the helper runs beside another printing helper."""
import logging

import autoform as af

CAUSE = "log record formatting judged: has an LM-made message with %s fields"
ARGS = ("owls", "cats")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning(r + " %s %s", 1)
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
