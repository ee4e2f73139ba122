"""A __format__ that reads VAR and sets it with VAR.set directly; two independent calls."""

import contextvars

import autoform as af

CAUSE = "dunder naming VAR.set not seen as a context writer"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwdirect_58", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        seen = VAR.get()
        VAR.set(self.t)
        return self.t + "/" + seen


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb, VAR.get()
