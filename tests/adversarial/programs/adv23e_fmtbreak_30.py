"""Fanned-out loop of __format__ writers with break."""

import contextvars

import autoform as af

CAUSE = "carry of items past a break"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtbreak_30", default="unset")
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
        r = ask(t)
        out.append(r)
        if "cats" in r:
            break
    return out, VAR.get()
