"""A helper sets VAR via __format__; main sets VAR between it and a second helper."""

import contextvars

import autoform as af

CAUSE = "carry at join overrides caller set made after the call"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtmainset_28", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def plain(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    VAR.set("main")
    rb = plain(b)
    return ra, rb, VAR.get()
