"""Swap-like unpack using the reply on both sides."""


import autoform as af

CAUSE = "Swap-like unpack using the reply on both"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a, b):
    x = ask(a)
    y = ask(b)
    x, y = y, x
    z = ask(x)
    return x, y, z
