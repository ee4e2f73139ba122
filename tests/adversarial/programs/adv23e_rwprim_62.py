"""A sync primitive reads VAR and sets it through a dict; two calls."""

import contextvars

import autoform as af

CAUSE = "primitive reading and writing a context var"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwprim_62", default="unset")
_CFG = {"var": VAR}


import time


@af.primitive
def fetch(t, d):
    seen = VAR.get()
    time.sleep(d)
    _CFG["var"].set(t)
    return t + "/" + seen


def main(a: str, b: str):
    ra = fetch(a, 0.02)
    rb = fetch(b, 0.0)
    return ra, rb, VAR.get()
