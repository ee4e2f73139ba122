"""A helper's log record judged formattable but failing: while loop rebinding."""
import logging

import autoform as af

CAUSE = "log record type flow: while loop rebinding"
ARGS = ("owls", "cats", "x")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    k = 0
    i = 0
    while i < 2:
        logging.warning("got %d", k)
        k = r
        i += 1
    return r

def main(a, b, n):
    return noted(a, n), other(a), noted(b, n), other(b)
