"""Two hidden-writer helpers; the earlier one's result is used only after the later one's: join order differs from program order."""

import contextvars

import autoform as af

CAUSE = "carry at join in use order, not call order"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_usedlate_04", default="unset")
_CFG = {"var": VAR}


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    _CFG["var"].set(t)
    return r


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    sb = rb.upper()
    sa = ra.upper()
    return sa, sb, VAR.get()
