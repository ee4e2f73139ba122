"""The unpacked helper comes second."""

import autoform as af

CAUSE = 'gather unpack second'
ARGS = ("owls", "cats")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb, tb = ask(b)
    return ra, rb, tb
