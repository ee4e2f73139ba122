"""A __format__ writer that raises after setting; caller catches."""

import contextvars

import autoform as af

CAUSE = "carry of a failing call (set then raise)"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtraise_43", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


class Bad:
    def __format__(self, spec):
        _CFG["var"].set("bad")
        raise ValueError("bad format")


def risky(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return f"{r}{Bad()}"


def main(a: str, b: str):
    ra = ask(a)
    try:
        rb = risky(b)
    except ValueError as e:
        rb = str(e)
    rc = ask(a + b)
    return ra, rb, rc, VAR.get()
