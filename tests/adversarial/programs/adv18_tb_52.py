"""A failing call in a try's else clause; outer handler prints."""

import sys
import traceback

import autoform as af

CAUSE = 'tb try else'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    try:
        try:
            ra = af.lm_call([{"role": "user", "content": a}], model="m")
        except KeyError:
            ra = None
        else:
            ra = ra + af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        ra = None
    return ra
