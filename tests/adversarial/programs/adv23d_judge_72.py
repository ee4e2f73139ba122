"""A helper's log record judged formattable but failing: str subclass whose __str__ raises."""
import logging

import autoform as af

CAUSE = "log record judged formattable: str subclass whose __str__ raises"
ARGS = ("owls", "cats", "x")

class S(str):
    def __str__(self):
        raise RuntimeError("no str")


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %s", S(r))
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
