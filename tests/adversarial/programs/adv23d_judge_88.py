"""main's own parameter annotated int (given a str) flows to a helper logging %d."""
import logging

import autoform as af

CAUSE = "log record judged formattable: main param annotation"
ARGS = ("owls", "cats", "x")

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    return r

def main(a, b, n: int):
    return noted(a, n), other(a), noted(b, n), other(b)
