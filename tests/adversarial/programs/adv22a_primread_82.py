"""main sets VAR, then sync and async primitives read it."""

import contextvars

import autoform as af

CAUSE = "primitive threads and tasks see main's value"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_primread_82", default="unset")


@af.primitive
def look(x):
    return x + ":" + VAR.get()


@af.primitive
async def alook(x):
    return x + ":" + VAR.get()


def main(a: str, b: str):
    VAR.set(a)
    p = look(b)
    q = alook(b)
    VAR.set(b)
    r = look(a)
    return p, q, r
