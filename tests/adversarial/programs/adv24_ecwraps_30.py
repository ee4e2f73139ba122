"""A functools.wraps decorated helper with a failing entry check."""

import functools
import logging

import autoform as af

CAUSE = "entry check fails in a decorated helper"
ARGS = ("owls", "cats", "x")


def traced(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print("enter", f.__name__)
        out = f(*args, **kwargs)
        print("leave", f.__name__)
        return out

    return wrapper


@traced
def noted(t, n: int):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    return r


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    return noted(a, n), other(a), noted(b, n), other(b)
