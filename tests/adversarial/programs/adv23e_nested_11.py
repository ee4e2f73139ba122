"""Nested fanned-out loops, innermost helper writes through a list."""

import contextvars

import autoform as af

CAUSE = "nested carry order"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_nested_11", default="unset")
_VARS = [VAR]


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    _VARS[0].set(t)
    return r


def main(a: str, b: str):
    out = []
    for x in (a, b):
        row = []
        for y in (a, b):
            row.append(ask(x + y))
        out.append(row)
    return out, VAR.get()
