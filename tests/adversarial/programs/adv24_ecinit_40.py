"""entry check fails in __init__ of a user class"""

import logging

import autoform as af

CAUSE = "entry check fails in __init__ of a user class"
ARGS = ("owls", "cats", "x")

class W:
    def __init__(self, t, n: int):
        self.r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", n)


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    return W(a, n).r, other(a), W(b, n).r, other(b)
