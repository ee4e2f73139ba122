"""head, *tail of a reply's split, beside an independent call."""

import autoform as af

CAUSE = 'gather unpack split'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    head, *tail = af.lm_call([{"role": "user", "content": a}], model="m").split(":")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return head, tail, rb
