"""A helper sets the var in finally through a dict; the call fails; caller catches."""

import contextvars

import autoform as af

CAUSE = "carry from finally of failing call"
ARGS = ("owls", "cats")
FAIL = ["owls"]

VAR = contextvars.ContextVar("adv23e_finally_08", default="unset")
_CFG = {"var": VAR}


def ask(t):
    try:
        return af.lm_call([{"role": "user", "content": t}], model="m")
    finally:
        _CFG["var"].set("fin-" + t)


def main(a: str, b: str):
    out = []
    for t in (a, b):
        try:
            out.append(ask(t))
        except af.LMFailure:
            out.append("failed:" + VAR.get())
    return out, VAR.get()
