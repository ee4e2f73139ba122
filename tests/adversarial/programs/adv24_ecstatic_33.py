"""entry check fails in a staticmethod helper"""

import logging

import autoform as af

CAUSE = "entry check fails in a staticmethod helper"
ARGS = ("owls", "cats", "x")

class W:
    @staticmethod
    def noted(t, n: int):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", n)
        return r


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    return W.noted(a, n), other(a), W.noted(b, n), other(b)
