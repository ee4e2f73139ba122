"""An async primitive reads the name of the frame above it."""

import sys

import autoform as af

CAUSE = 'async primitive getframe'
ARGS = ("owls", "cats")


@af.primitive
async def who(x):
    return x, sys._getframe(1).f_code.co_name


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rc = who(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
