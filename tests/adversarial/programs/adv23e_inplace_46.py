"""Hidden writer task, then in-place writer that raises and is caught, then join."""

import contextvars

import autoform as af

CAUSE = "carry at late join overrides a failing in-place writer"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_inplace_46", default="unset")
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
    raise ValueError(t)


def main(a: str, b: str):
    ra = ask(a)
    try:
        setw(b)
    except ValueError as e:
        ra = ra + str(e)
    return ra, VAR.get()
