"""Early task used at the end; a sequential chain of dependent calls in between."""

import contextvars

import autoform as af

CAUSE = "started task joined after dependent chain"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_latejoin_52", default="unset")
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
    ra = ask(a)
    r1 = ask(b)
    r2 = ask(r1)
    r3 = ask(r2)
    return ra, r3, VAR.get()
