"""A helper's log record judged formattable but failing: annotated float param formatted with %c."""
import logging

import autoform as af

CAUSE = "log record judged formattable: annotated float param formatted with %c"
ARGS = ("owls", "cats", 1.5)


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n: float):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %c", n)
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
