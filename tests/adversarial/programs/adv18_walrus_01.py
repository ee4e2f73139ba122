"""A walrus as an expression statement binds the first reply, beside an independent call."""

import autoform as af

CAUSE = 'gather walrus expr'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    (x := af.lm_call([{"role": "user", "content": a}], model="m"))
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return x, rb
