"""Two sync primitives set VAR; the second sets it back to the very object main set."""

import contextvars

import autoform as af

CAUSE = "carry skips a value identical to the base value"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_identity_31", default="unset")


@af.primitive
def mark(x):
    VAR.set(x)
    return x


def main(a: str, b: str):
    VAR.set(a)
    p = mark(b)
    q = mark(a)
    return p, q, VAR.get()
