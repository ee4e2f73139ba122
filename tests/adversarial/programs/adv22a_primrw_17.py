"""One sync primitive sets VAR; a second, later in program order, reads it."""

import contextvars

import autoform as af

CAUSE = "concurrent primitives: reader started before writer ended"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_primrw_17", default="unset")


@af.primitive
def mark(x):
    VAR.set(x)
    return x


@af.primitive
def look(x):
    return x + ":" + VAR.get()


def main(a: str, b: str):
    p = mark(a)
    q = look(b)
    return p, q, VAR.get()
