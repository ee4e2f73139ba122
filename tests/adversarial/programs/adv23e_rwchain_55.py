"""A __format__ that reads then sets VAR; chain of dependent calls started before an earlier independent call."""

import contextvars

import autoform as af

CAUSE = "chain started ahead of an earlier call whose dunder writes what it reads"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwchain_55", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        seen = VAR.get()
        _CFG["var"].set(self.t)
        return self.t + "/" + seen


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    r1 = ask(b)
    r2 = ask(r1)
    return ra, r2, VAR.get()
