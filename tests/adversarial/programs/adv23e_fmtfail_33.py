"""Gather of __format__ writers where the middle fails."""

import contextvars

import autoform as af

CAUSE = "carry up to and including the first failure"
ARGS = ("owls", "cats")
FAIL = ["cats"]
VAR = contextvars.ContextVar("adv23e_fmtfail_33", default="unset")
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
        rc = ask(a + a)
        return ra, rb, rc, VAR.get()
    except af.LMFailure:
        return "failed", VAR.get()
