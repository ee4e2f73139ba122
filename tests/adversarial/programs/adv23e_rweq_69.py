"""An __eq__ reads and sets VAR; each helper compares before its call."""

import contextvars

import autoform as af

CAUSE = "dunder __eq__ context write"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rweq_69", default="unset")
_CFG = {"var": VAR}


class Key:
    def __init__(self, t):
        self.t = t

    def __eq__(self, other):
        seen = VAR.get()
        VAR.set(self.t)
        return seen == other


def ask(t):
    hit = Key(t) == "owls"
    return af.lm_call([{"role": "user", "content": t + str(hit)}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb, VAR.get()
