"""Gather of __format__ writers where the first fails; later ones set VAR first."""

import contextvars

import autoform as af

CAUSE = "carry past an earlier failure"
ARGS = ("owls", "cats")
FAIL = ["owls"]
VAR = contextvars.ContextVar("adv23e_fmtfail_32", default="unset")
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
    try:
        ra = ask(a)
        rb = ask(b)
        rc = ask(a + b)
        return ra, rb, rc, VAR.get()
    except af.LMFailure:
        return "failed", VAR.get()
