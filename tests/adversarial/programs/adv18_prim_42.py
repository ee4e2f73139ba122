"""A primitive prints the stack it runs on (traceback.format_stack inside the primitive)."""

import traceback

import autoform as af

CAUSE = 'primitive format_stack'
ARGS = ("owls", "cats")


@af.primitive
def check(x):
    st = traceback.extract_stack()
    print([f.name for f in st][-3:])
    return x


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rc = check(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
