"""A hidden writer task, then an in-place known writer helper, then the task joined."""

import contextvars

import autoform as af

CAUSE = "carry at late join overrides an in-place writer later in program order"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_inplace_44", default="unset")
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
    ra = ask(a)
    setw(b)
    return ra, VAR.get()
