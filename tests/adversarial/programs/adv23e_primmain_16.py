"""A primitive writes VAR through a dict; main sets VAR after starting it, then uses its result."""

import contextvars
import time

import autoform as af

CAUSE = "carry at join overrides caller set made after the call"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primmain_16", default="unset")
_CFG = {"var": VAR}


@af.primitive
def fetch(t):
    time.sleep(0.02)
    _CFG["var"].set(t)
    return t.upper()


def main(a: str, b: str):
    ra = fetch(a)
    VAR.set(b)
    s = ra + "!"
    return s, VAR.get()
