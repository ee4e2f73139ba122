"""A user context manager sets and resets VAR; a primitive reading VAR runs inside and after."""

import contextlib
import contextvars

import autoform as af

CAUSE = "primitive started outside its with block"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_cm_22", default="unset")


@contextlib.contextmanager
def using(x):
    tok = VAR.set(x)
    try:
        yield
    finally:
        VAR.reset(tok)


@af.primitive
def look(x):
    return x + ":" + VAR.get()


def main(a: str, b: str):
    with using("inner"):
        p = look(a)
    q = look(b)
    return p, q, VAR.get()
