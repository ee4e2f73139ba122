"""A __format__ that reads then sets VAR, in a loop."""

import contextvars

import autoform as af

CAUSE = "dunder reader/writer in loop"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwloop_57", default="unset")
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
    return [ask(t) for t in (a, b, a + b)], VAR.get()
