"""Minimal: a helper's tuple result unpacked into two names, beside an independent call: the gather flattens the targets."""

import autoform as af

CAUSE = 'gather unpack target'
ARGS = ("owls", "cats")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a: str, b: str):
    ra, tok = ask(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, tok, rb
