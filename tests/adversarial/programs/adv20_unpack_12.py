"""Unpack into a global via a declared global and a local next to an independent call."""


import autoform as af

CAUSE = "Unpack into a global via a declared glob"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


G = None


def main(a, b):
    global G
    G, t = pair(a)
    rc = ask(b)
    return G, t, rc
