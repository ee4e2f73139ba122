"""A helper warns with stacklevel=3: it points past main to main's caller."""


import autoform as af

CAUSE = 'warn stacklevel 3'
ARGS = ("owls", "cats")


import warnings


def check(r):
    warnings.warn("w", stacklevel=3)
    return r


def main(a: str, b: str):
    ra = check(af.lm_call([{"role": "user", "content": a}], model="m"))
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
