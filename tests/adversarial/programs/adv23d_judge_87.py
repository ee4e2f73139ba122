"""A helper's log record judged formattable but failing: annotated str param given an object with a raising __str__."""
import logging

import autoform as af

CAUSE = "log record judged formattable: annotated str param given an object with a raising __str__"
ARGS = ("owls", "cats", "x")

class Bad:
    def __str__(self):
        raise RuntimeError("no str")

    def __repr__(self):
        return "Bad()"


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n: str):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %s", n)
    return r

def main(a, b, n):
    n = Bad()
    return noted(a, n), other(a), noted(b, n), other(b)
