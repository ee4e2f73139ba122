"""A helper lists the names of the context variables set in its context."""

import contextvars

import autoform as af

CAUSE = "autoform own context vars visible to copy_context"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_copyctx_27", default="unset")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    names = sorted(v.name for v in contextvars.copy_context())
    return r, len(names)


def main(a: str, b: str):
    VAR.set("x")
    ra = ask(a)
    rb = ask(b)
    return ra, rb
