"""Fanned-out loop over a primitive writing VAR; an item fails, try around the loop."""

import contextvars
import time

import autoform as af

CAUSE = "carry of items after a failing item"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primloopfail_21", default="unset")
_CFG = {"var": VAR}


@af.primitive
def fetch(t, d):
    time.sleep(d)
    _CFG["var"].set(t)
    if t == "cats":
        raise KeyError(t)
    return t.upper()


def main(a: str, b: str):
    out = []
    try:
        for i, t in enumerate([a, b, a + b, b + a]):
            out.append(fetch(t, 0.04 - 0.01 * i))
    except KeyError as e:
        out.append(repr(e))
    return out, VAR.get()
