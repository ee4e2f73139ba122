"""A helper's log record judged formattable but failing: typing.cast to int."""
import logging
import typing

import autoform as af

CAUSE = "log record judged formattable: typing.cast to int"
ARGS = ("owls", "cats", "x")


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", typing.cast(int, n))
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
