"""Two __format__ writers, the first result never used."""

import contextvars

import autoform as af

CAUSE = "carry of a call whose result is never joined"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtunused_40", default="unset")
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
    ask(a + b)
    rb = ask(b)
    ask(a)
    return rb, VAR.get()
