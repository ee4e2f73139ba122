"""A sync primitive counts the context variables set in its context."""

import contextvars

import autoform as af

CAUSE = "autoform own context vars visible in a primitive thread"
ARGS = ("owls", "cats")


@af.primitive
def count(x):
    return x, len(contextvars.copy_context())


def main(a: str, b: str):
    base = len(contextvars.copy_context())
    p = count(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return p[0], p[1] - base, rb
