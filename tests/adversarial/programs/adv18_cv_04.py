"""A sync primitive sets a ContextVar; main reads it after."""

import contextvars

import autoform as af

CAUSE = 'contextvar set in primitive'
ARGS = ("owls", "cats")


VAR = contextvars.ContextVar("adv18_cv_04", default="unset")


@af.primitive
def mark(x):
    VAR.set(x)
    return x


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    mark(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, VAR.get()
