"""Fanned-out loop, items filtered by if, primitive writes VAR."""

import contextvars
import time

import autoform as af

CAUSE = "carry of skipped items"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primskip_22", default="unset")
_CFG = {"var": VAR}


@af.primitive
def fetch(t, d):
    time.sleep(d)
    _CFG["var"].set(t)
    return t.upper()


def main(a: str, b: str):
    out = []
    for i, t in enumerate([a, b, a + b, "x"]):
        if i % 2 == 0:
            out.append(fetch(t, 0.03 - 0.01 * i))
    return out, VAR.get()
