"""A helper runs its write through copy_context().run and then sets through a dict: only the latter counts."""

import contextvars

import autoform as af

CAUSE = "Context.run inside concurrent helper"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_ctxrun_12", default="unset")
_CFG = {"var": VAR}


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    contextvars.copy_context().run(_CFG["var"].set, "copy-" + t)
    return r, VAR.get()


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb, VAR.get()
