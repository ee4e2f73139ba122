"""A __format__ that reads then sets VAR; two independent calls."""

import contextvars

import autoform as af

CAUSE = "dunder reader/writer run concurrently"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwgather_56", default="unset")
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
    rb = ask(b)
    return ra, rb, VAR.get()
