"""A helper gathers two __format__ writers; main calls it twice concurrently."""

import contextvars

import autoform as af

CAUSE = "carry through nested task"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtinner_41", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def two(x, y):
    return ask(x), ask(y)


def main(a: str, b: str):
    p = two(a, b)
    q = two(b, a)
    return p, q, VAR.get()
