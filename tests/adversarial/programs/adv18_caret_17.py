"""A helper returns int() of its reply: ValueError in the helper's frame; main prints."""

import sys
import traceback

import autoform as af

CAUSE = 'helper int of reply carets'
ARGS = ("owls", "cats")


def num(t):
    return 1 + int(af.lm_call([{"role": "user", "content": t}], model="m"))


def main(a: str, b: str):
    try:
        r = [num(a), num(b)]
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        r = None
    return r
