"""Nested target (a, b), c = pair(...) next to an independent call."""


import autoform as af

CAUSE = "Nested target a b c  pair... next"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a, b):
    (r1, r2), t = pair(a), b
    rc = ask(b)
    return r1, r2, t, rc
