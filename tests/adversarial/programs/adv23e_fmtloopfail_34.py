"""Fanned-out loop of __format__ writers, an item fails, try around loop."""

import contextvars

import autoform as af

CAUSE = "carry of items after failing item"
ARGS = ("owls", "cats")
FAIL = ["cats"]
VAR = contextvars.ContextVar("adv23e_fmtloopfail_34", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def main(a: str, b: str):
    out = []
    try:
        for t in [a, b, a + a, b + b]:
            out.append(ask(t))
    except af.LMFailure:
        out.append("failed")
    return out, VAR.get()
