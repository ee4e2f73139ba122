"""Nested fanned-out loops over a primitive writing VAR."""

import contextvars
import time

import autoform as af

CAUSE = "nested carry order"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primnest_23", default="unset")
_CFG = {"var": VAR}


@af.primitive
def fetch(t, d):
    time.sleep(d)
    _CFG["var"].set(t)
    return t.upper()


def main(a: str, b: str):
    out = []
    for i, x in enumerate((a, b)):
        row = []
        for j, y in enumerate((a, b)):
            row.append(fetch(x + y, 0.04 - 0.01 * (i * 2 + j)))
        out.append(row)
    return out, VAR.get()
