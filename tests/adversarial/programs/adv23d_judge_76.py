"""A helper's log record judged formattable but failing: %s of a tuple pair given as the only arg."""
import logging

import autoform as af

CAUSE = "log record judged formattable: %s of a tuple pair given as the only arg"
ARGS = ("owls", "cats", "x")


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %s", (r, n))
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
