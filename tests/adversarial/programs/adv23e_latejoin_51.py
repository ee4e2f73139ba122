"""Early task used only at the end; a while loop of calls in between."""

import contextvars

import autoform as af

CAUSE = "started task joined after a loop of later calls"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_latejoin_51", default="unset")
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
    r = b
    n = 0
    while n < 2:
        r = ask(r)
        n += 1
    return ra, r, VAR.get()
