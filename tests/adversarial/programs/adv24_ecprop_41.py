"""entry check fails in a method called from a property"""

import logging

import autoform as af

CAUSE = "entry check fails in a method called from a property"
ARGS = ("owls", "cats", "x")

class W:
    def __init__(self, t, n):
        self.t, self.n = t, n

    def noted(self, t, n: int):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", n)
        return r

    @property
    def result(self):
        return self.noted(self.t, self.n)


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    return W(a, n).result, other(a), W(b, n).result, other(b)
