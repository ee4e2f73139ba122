"""entry check fails in a classmethod helper"""

import logging

import autoform as af

CAUSE = "entry check fails in a classmethod helper"
ARGS = ("owls", "cats", "x")

class W:
    tag = "w"

    @classmethod
    def noted(cls, t, n: int):
        r = af.lm_call([{"role": "user", "content": cls.tag + t}], model="m")
        logging.warning("got %d", n)
        return r


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    return W.noted(a, n), other(a), W.noted(b, n), other(b)
