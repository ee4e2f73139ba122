"""Writer dunder in one helper, reader dunder in another."""

import contextvars

import autoform as af

CAUSE = "dunder reader not ordered after dunder writer"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwsplit_59", default="unset")
_CFG = {"var": VAR}


class Put:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


class Peek:
    def __format__(self, spec):
        return VAR.get()


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Put(t)}"}], model="m")


def peek(t):
    return af.lm_call([{"role": "user", "content": f"{t}{Peek()}"}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = peek(b)
    return ra, rb, VAR.get()
