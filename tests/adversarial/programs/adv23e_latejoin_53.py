"""Early task used at the end; in between a for loop with a dependent accumulator."""

import contextvars

import autoform as af

CAUSE = "started task joined after loop-carried chain"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_latejoin_53", default="unset")
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
    acc = b
    for i in range(2):
        acc = ask(acc + str(i))
    return acc, ra, VAR.get()
