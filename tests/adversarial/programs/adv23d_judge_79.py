"""A helper's log record judged formattable but failing: local variable annotated int."""
import logging

import autoform as af

CAUSE = "log record judged formattable: local variable annotated int"
ARGS = ("owls", "cats", "x")


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    k: int = n
    logging.warning("got %d", k)
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
