"""A starred unpacking of a helper's result."""

import autoform as af

CAUSE = 'gather unpack starred'
ARGS = ("owls", "cats")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t, t


def main(a: str, b: str):
    ra, *rest = ask(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rest, rb
