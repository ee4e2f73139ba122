"""A helper's log record judged formattable but failing: augmented assignment to str."""
import logging

import autoform as af

CAUSE = "log record type flow: augmented assignment to str"
ARGS = ("owls", "cats", "x")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    k = 0
    k = str(k)
    k += r
    logging.warning("got %d", k)
    return r

def main(a, b, n):
    return noted(a, n), other(a), noted(b, n), other(b)
