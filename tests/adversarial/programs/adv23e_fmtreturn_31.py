"""Fanned-out loop of __format__ writers with early return in a helper; main reads after."""

import contextvars

import autoform as af

CAUSE = "carry of items past an early return"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtreturn_31", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def first(xs):
    for t in xs:
        r = ask(t)
        if "cats" in r:
            return r
    return None


def main(a: str, b: str):
    r = first([a, b, a + b, b + a])
    return r, VAR.get()
