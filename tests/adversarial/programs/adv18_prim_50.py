"""A primitive method on a class instance (bound method wrapped): raises, traceback printed."""

import sys
import traceback

import autoform as af

CAUSE = 'primitive staticmethod tb'
ARGS = ("owls", "cats")


class Tools:
    @staticmethod
    @af.primitive
    def pick(k):
        return {}[k]


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = Tools.pick(ra)
    except KeyError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
