"""A generator context manager catches the failure at its yield and prints the traceback."""

import sys
import traceback

import autoform as af

CAUSE = 'tb contextmanager'
ARGS = ("owls", "cats")
FAIL = ['cats']


import contextlib


@contextlib.contextmanager
def guard():
    try:
        yield
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = None
    with guard():
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
