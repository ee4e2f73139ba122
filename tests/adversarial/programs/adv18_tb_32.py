"""Frame of the caller read from a helper with sys._getframe(1)."""

import sys

import autoform as af

CAUSE = 'getframe caller'
ARGS = ("owls", "cats")


def where():
    f = sys._getframe(1)
    return f"{f.f_code.co_name}:{f.f_lineno}"


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    w1 = where()
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, w1
