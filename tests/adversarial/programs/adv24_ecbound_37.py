"""entry check fails in a bound method held in a variable"""

import logging

import autoform as af

CAUSE = "entry check fails in a bound method held in a variable"
ARGS = ("owls", "cats", "x")

class W:
    def noted(self, t, n: int):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", n)
        return r


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    f = W().noted
    return f(a, n), other(a), f(b, n), other(b)
