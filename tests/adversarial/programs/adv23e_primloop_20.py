"""Fanned-out loop over a primitive writing VAR, with break."""

import contextvars
import time

import autoform as af

CAUSE = "carry of items past a break"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primloop_20", default="unset")
_CFG = {"var": VAR}


@af.primitive
def fetch(t, d):
    time.sleep(d)
    _CFG["var"].set(t)
    return t.upper()


def main(a: str, b: str):
    out = []
    for i, t in enumerate([a, b, a + b, b + a]):
        r = fetch(t, 0.04 - 0.01 * i)
        out.append(r)
        if r == "CATS":
            break
    return out, VAR.get()
