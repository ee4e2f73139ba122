"""A __format__ run after the LM reply reads and sets VAR; two calls."""

import contextvars

import autoform as af

CAUSE = "dunder after await: sibling task context copied at start"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwafter_65", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        seen = VAR.get()
        VAR.set(self.t)
        return self.t + "/" + seen


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return f"{r}{Tag(t)}"


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb, VAR.get()
