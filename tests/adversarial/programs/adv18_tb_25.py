"""sys.exc_info() read inside a finally while an LM failure unwinds."""

import sys

import autoform as af

CAUSE = 'exc_info in finally'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        try:
            rb = af.lm_call([{"role": "user", "content": b}], model="m")
        finally:
            print("in finally:", sys.exc_info()[0])
    except RuntimeError:
        rb = None
    return ra, rb
