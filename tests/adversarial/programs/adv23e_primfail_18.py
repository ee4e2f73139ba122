"""Earlier primitive fails after the later one set VAR: except must not see the later set."""

import contextvars
import time

import autoform as af

CAUSE = "carry of later call past earlier failure"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primfail_18", default="unset")
_CFG = {"var": VAR}


@af.primitive
def fetch(t, d):
    time.sleep(d)
    _CFG["var"].set(t)
    if t == "owls":
        raise ValueError("bad " + t)
    return t.upper()


def main(a: str, b: str):
    try:
        ra = fetch(a, 0.05)
        rb = fetch(b, 0.0)
        return ra, rb, VAR.get()
    except ValueError as e:
        return str(e), VAR.get()
