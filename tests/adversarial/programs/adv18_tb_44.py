"""walk_stack from a helper: names of all frames above."""

import traceback

import autoform as af

CAUSE = 'walk_stack'
ARGS = ("owls", "cats")


def names():
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)][:3]


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    n = names()
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, n
