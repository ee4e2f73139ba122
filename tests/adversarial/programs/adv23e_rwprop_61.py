"""A property getter reads and sets VAR; two helpers read it."""

import contextvars

import autoform as af

CAUSE = "property reading and writing a context var"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwprop_61", default="unset")
_CFG = {"var": VAR}


class Conf:
    @property
    def tag(self):
        seen = VAR.get()
        _CFG["var"].set(seen + "+")
        return seen


CONF = Conf()


def ask(t):
    return af.lm_call([{"role": "user", "content": t + CONF.tag}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb, VAR.get()
