"""A helper's log record judged formattable but failing: instance attribute annotated int."""
import logging

import autoform as af

CAUSE = "log record judged formattable: instance attribute annotated int"
ARGS = ("owls", "cats", "x")

class Box:
    n: int

    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Box()"


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", Box(n).n)
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
