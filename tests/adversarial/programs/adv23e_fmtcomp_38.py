"""List comprehension of __format__ writers, then a plain call."""

import contextvars

import autoform as af

CAUSE = "carry order in comprehension"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtcomp_38", default="unset")
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
    rs = [ask(t) for t in (a, b, b + a)]
    return rs, VAR.get()
