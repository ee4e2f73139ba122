"""A helper's log record judged formattable but failing: loop-carried rebinding."""
import logging

import autoform as af

CAUSE = "log record type flow: loop-carried rebinding"
ARGS = ("owls", "cats", "x")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    k = 0
    for ch in r[:2]:
        logging.warning("got %d", k)
        k = ch
    return r

def main(a, b, n):
    return noted(a, n), other(a), noted(b, n), other(b)
