"""A helper's log record judged formattable but failing: list holding an object whose repr raises."""
import logging

import autoform as af

CAUSE = "log record judged formattable: list holding an object whose repr raises"
ARGS = ("owls", "cats", "x")

class Bad:
    def __repr__(self):
        raise RuntimeError("no repr")


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %s", [Bad()])
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
