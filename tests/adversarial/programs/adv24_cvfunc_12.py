"""A primitive sets a context var obtained from a function returning it."""

import contextvars
import time

import autoform as af

CAUSE = "context var returned by a helper function then set"
ARGS = ("owls", "cats")

_VAR = contextvars.ContextVar("adv24_cvfunc_12", default="unset")


def var():
    return _VAR


@af.primitive
def fetch(t, d):
    seen = var().get()
    time.sleep(d)
    var().set(t)
    return t + "/" + seen


def main(a: str, b: str):
    ra = fetch(a, 0.02)
    rb = fetch(b, 0.0)
    return ra, rb, var().get()
