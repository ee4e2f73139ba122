"""A helper's log record judged formattable but failing: module global int rebound to a str."""
import logging

import autoform as af

CAUSE = "log record judged formattable: module global int rebound to a str"
ARGS = ("owls", "cats", "x")

COUNT = 0

def setc(v):
    global COUNT
    COUNT = v


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", COUNT)
    return r

def main(a, b, n):
    setc(n)
    return noted(a, n), other(a), noted(b, n), other(b)
