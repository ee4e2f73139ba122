"""Nested try: inner handler re-raises with raise ... from; outer prints."""

import sys
import traceback

import autoform as af

CAUSE = 'tb raise from'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        try:
            rb = af.lm_call([{"role": "user", "content": b}], model="m")
        except RuntimeError as exc:
            raise ValueError("wrapped") from exc
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
