"""Fanned-out loop of __format__ writers, try inside loop body."""

import contextvars

import autoform as af

CAUSE = "carry of a caught failing item"
ARGS = ("owls", "cats")
FAIL = ["cats"]
VAR = contextvars.ContextVar("adv23e_fmtloopfail_35", default="unset")
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
    for t in [a, b, a + a]:
        try:
            out.append(ask(t))
        except af.LMFailure:
            out.append("failed")
    return out, VAR.get()
