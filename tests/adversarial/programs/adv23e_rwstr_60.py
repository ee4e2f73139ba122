"""str() of an object whose __str__ reads and sets VAR through a dict."""

import contextvars

import autoform as af

CAUSE = "dunder via a str call"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwstr_60", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        seen = VAR.get()
        _CFG["var"].set(self.t)
        return self.t + "/" + seen


def ask(t):
    return af.lm_call([{"role": "user", "content": str(Tag(t))}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb, VAR.get()
