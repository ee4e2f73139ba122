"""Nested fanned-out loops of __format__ writers."""

import contextvars

import autoform as af

CAUSE = "nested carry order"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtnest_37", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def main(a: str, b: str):
    out = []
    for x in (a, b):
        row = []
        for y in (a, b, x):
            row.append(ask(x + y))
        out.append(row)
    return out, VAR.get()
