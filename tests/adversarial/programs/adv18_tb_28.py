"""dir() with no arguments after the calls."""


import autoform as af

CAUSE = 'dir locals'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    print(dir())
    return ra, rb
