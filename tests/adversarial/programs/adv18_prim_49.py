"""A sync primitive raising inside a list comprehension in its body (frames <listcomp>)."""

import sys
import traceback

import autoform as af

CAUSE = 'primitive listcomp tb'
ARGS = ("owls", "cats")


@af.primitive
def parse(t):
    return [int(c) for c in t]


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = parse(ra)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
