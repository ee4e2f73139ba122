"""An expression statement that is a call's reply's method (result discarded) beside another call."""

import autoform as af

CAUSE = 'gather expr method'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    af.lm_call([{"role": "user", "content": a}], model="m").upper()
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return rb
