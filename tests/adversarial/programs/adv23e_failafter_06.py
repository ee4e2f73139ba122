"""The earlier helper fails after the later one set the var through a dict: the later set must not be visible in except."""

import contextvars

import autoform as af

CAUSE = "carry of a later call past an earlier failure"
ARGS = ("owls", "cats")
FAIL = ["owls"]

VAR = contextvars.ContextVar("adv23e_failafter_06", default="unset")
_CFG = {"var": VAR}


def ask(t):
    _CFG["var"].set("pre-" + t)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    _CFG["var"].set(t)
    return r


def main(a: str, b: str):
    try:
        ra = ask(a)
        rb = ask(b)
        return ra, rb, VAR.get()
    except af.LMFailure:
        return "failed", VAR.get()
