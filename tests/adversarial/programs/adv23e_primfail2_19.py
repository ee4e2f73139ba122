"""A primitive sets VAR then raises; except sees its set, and not a later primitive's."""

import contextvars
import time

import autoform as af

CAUSE = "carry of a failing primitive"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primfail2_19", default="unset")
_CFG = {"var": VAR}


@af.primitive
def fetch(t, d):
    time.sleep(d)
    _CFG["var"].set(t)
    if t == "cats":
        raise ValueError("bad " + t)
    return t.upper()


def main(a: str, b: str):
    try:
        ra = fetch(a, 0.0)
        rb = fetch(b, 0.03)
        rc = fetch(a + b, 0.0)
        return ra, rb, rc, VAR.get()
    except ValueError as e:
        return str(e), VAR.get()
