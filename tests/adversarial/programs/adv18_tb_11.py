"""Helper calling helper; the deepest one fails."""

import sys
import traceback

import autoform as af

CAUSE = 'tb helper chain'
ARGS = ("owls", "cats")
FAIL = ['CATS']


def inner(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def outer(t):
    return inner(t.upper()).lower()


def main(a: str, b: str):
    ra = outer(a)
    try:
        rb = outer(b)
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
