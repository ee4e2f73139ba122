"""main's own Decimal arithmetic after a helper that installs a context through an alias."""

import decimal

import autoform as af

CAUSE = "undetected setcontext in a helper task"
ARGS = ("owls", "cats")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    s = decimal.setcontext
    s(decimal.Context(prec=3))
    return r


def main(a: str, b: str):
    ra = ask(a)
    rb = af.lm_call([{"role": "user", "content": b + str(decimal.Decimal(1) / decimal.Decimal(3))}], model="m")
    return ra, rb
