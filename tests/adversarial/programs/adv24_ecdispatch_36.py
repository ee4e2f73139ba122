"""entry check fails in a helper called through a dict"""

import logging

import autoform as af

CAUSE = "entry check fails in a helper called through a dict"
ARGS = ("owls", "cats", "x")

def noted(t, n: int):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    return r


_TABLE = {"n": noted}


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    return _TABLE["n"](a, n), other(a), _TABLE["n"](b, n), other(b)
