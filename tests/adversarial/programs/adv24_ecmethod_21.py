"""A method helper with an int-annotated parameter given a str logs with %d."""

import logging

import autoform as af

CAUSE = "entry check fails in a method helper; logging error stack"
ARGS = ("owls", "cats", "x")


class Worker:
    def noted(self, t, n: int):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", n)
        return r

    def other(self, t):
        r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
        print("other", r)
        return r


def main(a, b, n):
    w = Worker()
    return w.noted(a, n), w.other(a), w.noted(b, n), w.other(b)
