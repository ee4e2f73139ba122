"""Early task used only inside a final f-string; later branch call."""

import contextvars

import autoform as af

CAUSE = "late join ordering"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_latejoin_54", default="unset")
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
    if rb.startswith("<"):
        rb = ask(rb)
    out = f"{ra}|{rb}"
    return out, VAR.get()
