"""entry check fails in a generator helper"""

import logging

import autoform as af

CAUSE = "entry check fails in a generator helper"
ARGS = ("owls", "cats", "x")

def noted(ts, n: int):
    for t in ts:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", n)
        yield r


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    return list(noted([a, b], n)), other(a), other(b)
