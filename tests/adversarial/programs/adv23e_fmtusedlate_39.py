"""Two __format__ writers, results used in reverse order."""

import contextvars

import autoform as af

CAUSE = "carry at join in use order, not call order"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtusedlate_39", default="unset")
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
    sb = rb.upper()
    sa = ra.upper()
    return sa, sb, VAR.get()
