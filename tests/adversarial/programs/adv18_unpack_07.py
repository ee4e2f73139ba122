"""A list target [x, *y] of a reply beside an independent call."""

import autoform as af

CAUSE = 'gather unpack list target'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    [x, *y] = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return x, y, rb
