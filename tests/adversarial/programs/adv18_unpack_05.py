"""Unpacking a call's reply string directly (two characters)."""

import autoform as af

CAUSE = 'gather unpack reply'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    x, *y = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return x, y, rb
