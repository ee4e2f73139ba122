"""A helper's log record judged formattable but failing: annotated int param used with %c out of range."""
import logging

import autoform as af

CAUSE = "log record judged formattable: annotated int param used with %c out of range"
ARGS = ("owls", "cats", 10**8)


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n: int):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %c", n)
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
