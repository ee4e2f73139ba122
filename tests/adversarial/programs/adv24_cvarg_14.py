"""A primitive sets a context var passed to it as an argument."""

import contextvars
import time

import autoform as af

CAUSE = "context var passed as argument then set"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv24_cvarg_14", default="unset")


@af.primitive
def fetch(v, t, d):
    seen = v.get()
    time.sleep(d)
    v.set(t)
    return t + "/" + seen


def main(a: str, b: str):
    ra = fetch(VAR, a, 0.02)
    rb = fetch(VAR, b, 0.0)
    return ra, rb, VAR.get()
