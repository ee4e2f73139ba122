"""A primitive sets VAR; a second primitive reads VAR (as the sequential one would see it)."""

import contextvars
import time

import autoform as af

CAUSE = "hidden writer not ordered before concurrent reader primitive"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primreader_29", default="unset")
_CFG = {"var": VAR}


@af.primitive
def put(t):
    time.sleep(0.01)
    _CFG["var"].set(t)
    return t.upper()


@af.primitive
def look(t):
    return t + ":" + VAR.get()


def main(a: str, b: str):
    ra = put(a)
    rb = look(b)
    return ra, rb, VAR.get()
