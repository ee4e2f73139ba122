"""Two hidden-writer helpers write the same var; the later one in program order must win."""

import contextvars

import autoform as af

CAUSE = "carry order"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_twowrite_03", default="unset")
_CFG = {"var": VAR}


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    _CFG["var"].set(t)
    return r


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return rb, ra, VAR.get()
