"""A helper reads a property whose getter sets VAR; main sets VAR after calling it."""

import contextvars

import autoform as af

CAUSE = "writer hidden in a property getter"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_propwrite_14", default="unset")
_CFG = {"var": VAR}


class Conf:
    @property
    def mode(self):
        _CFG["var"].set("mode")
        return "m"


CONF = Conf()


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model=CONF.mode)
    return r


def main(a: str, b: str):
    ra = ask(a)
    VAR.set(b)
    rb = ask(b)
    return ra, rb, VAR.get()
