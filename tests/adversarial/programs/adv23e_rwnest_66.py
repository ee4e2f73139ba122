"""A helper gathering two calls whose __format__ reads and sets VAR, called twice."""

import contextvars

import autoform as af

CAUSE = "nested tasks with dunder context writes"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwnest_66", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        seen = VAR.get()
        VAR.set(self.t)
        return self.t + "/" + seen


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def two(x, y):
    return ask(x), ask(y)


def main(a: str, b: str):
    p = two(a, b)
    q = two(b, a)
    return p, q, VAR.get()
