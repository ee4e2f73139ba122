"""A fanned-out loop whose items' __format__ reads and sets VAR."""

import contextvars

import autoform as af

CAUSE = "dunder context write in loop items"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwloopcarry_73", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        seen = VAR.get()
        VAR.set(self.t)
        return self.t + "/" + seen


def main(a: str, b: str):
    out = []
    for t in (a, b, a + b):
        out.append(af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m"))
    return out, VAR.get()
