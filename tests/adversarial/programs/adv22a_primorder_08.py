"""A sync primitive sets VAR; main then sets VAR itself before the primitive's result is used."""

import contextvars

import autoform as af

CAUSE = "carry at a late join overwrites a later set in main"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_primorder_08", default="unset")


@af.primitive
def mark(x):
    VAR.set(x)
    return x + "!"


def main(a: str, b: str):
    p = mark(a)
    VAR.set("main")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return p, rb, VAR.get()
