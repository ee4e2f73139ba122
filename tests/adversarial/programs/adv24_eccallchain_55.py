"""A __call__ helper with a failing check that calls a method helper with a failing check."""

import logging

import autoform as af

CAUSE = "entry check fails in chained callable objects"
ARGS = ("owls", "cats", "x")
LOG = []


class Inner:
    def run(self, t, n: int):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("inner %d", n)
        LOG.append(("inner", r))
        return r


class Outer:
    def __init__(self):
        self.inner = Inner()

    def __call__(self, t, n: int):
        LOG.append(("outer", t))
        return self.inner.run(t, n)


def main(a, b, n):
    o = Outer()
    return [o(t, n) for t in (a, b)]
