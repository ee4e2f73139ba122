"""Two sync primitives write VAR through a dict; the later in program order must win though it ends first."""

import contextvars
import time

import autoform as af

CAUSE = "carry order of primitive threads"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primtwo_15", default="unset")
_CFG = {"var": VAR}


@af.primitive
def fetch(t, d):
    time.sleep(d)
    _CFG["var"].set(t)
    return t.upper()


def main(a: str, b: str):
    ra = fetch(a, 0.05)
    rb = fetch(b, 0.0)
    return ra, rb, VAR.get()
