"""Fanned-out loop of __format__ writers, items skipped by if."""

import contextvars

import autoform as af

CAUSE = "carry of skipped items"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtskip_36", default="unset")
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
    for t in [a, b, a + b, b + a]:
        if len(t) < 8:
            out.append(ask(t))
    return out, VAR.get()
