"""A sync primitive warns with stacklevel=3 (main's line in the sequential run)."""


import autoform as af

CAUSE = 'primitive warn stacklevel 3'
ARGS = ("owls", "cats")


import warnings


@af.primitive
def check(x):
    warnings.warn("checked " + x, stacklevel=3)
    return x


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rc = check(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
