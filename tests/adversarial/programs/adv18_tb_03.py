"""Nested call ask(ask(x)), the inner one fails."""

import sys
import traceback

import autoform as af

CAUSE = 'tb nested'
ARGS = ("owls", "cats")
FAIL = ['cats']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    try:
        rb = ask(ask(b))
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
