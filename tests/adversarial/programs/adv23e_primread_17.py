"""A primitive writes VAR through a dict; main reads VAR before using its result."""

import contextvars
import time

import autoform as af

CAUSE = "read of var before join of hidden writer"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primread_17", default="unset")
_CFG = {"var": VAR}


@af.primitive
def fetch(t):
    time.sleep(0.01)
    _CFG["var"].set(t)
    return t.upper()


def main(a: str, b: str):
    ra = fetch(a)
    seen = VAR.get()
    return ra, seen, VAR.get()
