"""A class with __call__ used as a helper with an int-annotated parameter."""

import logging

import autoform as af

CAUSE = "entry check fails in a callable object helper"
ARGS = ("owls", "cats", "x")


class Noter:
    def __call__(self, t, n: int):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", n)
        return r


noted = Noter()


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    return noted(a, n), other(a), noted(b, n), other(b)
