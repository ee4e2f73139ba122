"""A hidden-writer helper is started, main then sets the var, then uses the result: the helper's carry must not override main's later set."""

import contextvars

import autoform as af

CAUSE = "carry at join overrides caller set made after the call"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_mainset_01", default="unset")
_CFG = {"var": VAR}


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    _CFG["var"].set(t)
    return r


def main(a: str, b: str):
    ra = ask(a)
    VAR.set("main")
    s = "<" + ra + ">"
    return s, VAR.get()
