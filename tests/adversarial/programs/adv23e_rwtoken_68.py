"""A __format__ sets VAR and keeps the token; main resets it after both calls."""

import contextvars

import autoform as af

CAUSE = "token made in a dunder belongs to the task context"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwtoken_68", default="unset")
_CFG = {"var": VAR}


_TOKENS = []


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _TOKENS.append(VAR.set(self.t))
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    before = VAR.get()
    try:
        VAR.reset(_TOKENS.pop())
        after = VAR.get()
    except ValueError:
        after = "reset failed"
    _TOKENS.clear()
    return ra, rb, before, after
