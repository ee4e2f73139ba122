"""Swapped gather targets: the second statement unpacks."""

import autoform as af

CAUSE = 'gather unpack second direct'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    y, *z = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, y, z
