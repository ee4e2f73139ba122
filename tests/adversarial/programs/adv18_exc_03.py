"""A sync primitive called inside an except block raises a new error: its __context__ is the handled one."""

import sys
import traceback

import autoform as af

CAUSE = 'primitive raise context'
ARGS = ("owls", "cats")


@af.primitive
def boom(x):
    raise ValueError(x)


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        try:
            {}[ra]
        except KeyError:
            boom(b)
    except ValueError as e:
        print(repr(e.__context__))
        traceback.print_exc(file=sys.stdout)
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rc
