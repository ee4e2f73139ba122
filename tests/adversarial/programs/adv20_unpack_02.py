"""Starred unpack of a reply beside an independent call."""


import autoform as af

CAUSE = "Starred unpack of a reply beside an inde"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a, b):
    x, *y = ask(a)
    rc = ask(b)
    return x, y, rc
