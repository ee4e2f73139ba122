"""A re-raised saved failure's traceback grows a frame; it is printed by the outer handler."""

import sys
import traceback

import autoform as af

CAUSE = 'reraise later tb'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    try:
        try:
            rb = af.lm_call([{"role": "user", "content": b}], model="m")
        except RuntimeError as exc:
            saved = exc
            rb = None
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        if rb is None:
            raise saved
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        ra = None
    return ra
