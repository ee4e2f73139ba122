"""A primitive sets VAR; main reads VAR between it and a second primitive."""

import contextvars
import time

import autoform as af

CAUSE = "read of var placed apart from hidden writer join"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primbetween_26", default="unset")
_CFG = {"var": VAR}


@af.primitive
def fetch(t, d):
    time.sleep(d)
    _CFG["var"].set(t)
    return t.upper()


def main(a: str, b: str):
    ra = fetch(a, 0.02)
    seen = VAR.get()
    rb = fetch(b, 0.0)
    return ra, rb, seen, VAR.get()
