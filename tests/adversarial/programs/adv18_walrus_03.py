"""A walrus inside a tuple expression statement."""

import autoform as af

CAUSE = 'gather walrus tuple'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    (x := af.lm_call([{"role": "user", "content": a}], model="m")), (y := 1)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return x, y, rb
