"""Hidden writer in a fanned-out loop whose body also calls an in-place writer."""

import contextvars

import autoform as af

CAUSE = "carry of loop items vs in-place writer in body"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_inplace_47", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def setw(t):
    VAR.set("w-" + t)


def main(a: str, b: str):
    out = []
    for t in (a, b):
        out.append(ask(t))
        setw(t)
    return out, VAR.get()
