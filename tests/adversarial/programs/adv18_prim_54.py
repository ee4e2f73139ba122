"""af.format called with no template."""

import sys
import traceback

import autoform as af

CAUSE = 'af.format no args'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.format()
    except TypeError as e:
        print(e)
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
