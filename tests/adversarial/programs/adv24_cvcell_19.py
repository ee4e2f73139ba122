"""A primitive made in a factory: a context var in a cell, held in an object attribute."""

import contextvars
import time

import autoform as af

CAUSE = "context var in closure object attribute"
ARGS = ("owls", "cats")


class Ref:
    def __init__(self, v):
        self.v = v


def make():
    ref = Ref(contextvars.ContextVar("adv24_cvcell_19", default="unset"))

    @af.primitive
    def fetch(t, d):
        seen = ref.v.get()
        time.sleep(d)
        ref.v.set(t)
        return t + "/" + seen

    return fetch, ref


FETCH, REF = make()


def main(a: str, b: str):
    ra = FETCH(a, 0.02)
    rb = FETCH(b, 0.0)
    return ra, rb, REF.v.get()
