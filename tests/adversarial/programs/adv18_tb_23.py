"""A KeyError raised inside the handler of an LM failure: the chained report shows both."""

import sys
import traceback

import autoform as af

CAUSE = 'tb context chain'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        try:
            rb = af.lm_call([{"role": "user", "content": b}], model="m")
        except RuntimeError:
            rb = {}["missing"]
    except KeyError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
