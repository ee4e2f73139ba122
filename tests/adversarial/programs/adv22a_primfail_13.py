"""A sync primitive sets VAR then raises; main catches it and reads VAR."""

import contextvars

import autoform as af

CAUSE = "context of a failed call not carried"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_primfail_13", default="unset")


@af.primitive
def mark(x):
    VAR.set(x)
    raise ValueError(x)


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        mark(ra)
    except ValueError:
        pass
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, VAR.get()
