"""Unpack to a slice target and an index target."""


import autoform as af

CAUSE = "Unpack to a slice target and an index ta"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a, b):
    xs = [0, 0, 0]
    xs[0], xs[1:] = pair(a)
    rc = ask(b)
    return xs, rc
