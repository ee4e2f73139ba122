"""Early task used only at the end; a later call decides a branch that makes a third call."""

import contextvars

import autoform as af

CAUSE = "started task joined after later calls: carry out of program order"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_latejoin_50", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    if "cats" in rb:
        rc = ask(a + b)
    else:
        rc = ""
    return ra, rb, rc, VAR.get()
