"""A reply passed as the prompt of a second call whose own prompt formatting fails (nested calls, outer args raise)."""

import sys
import traceback

import autoform as af

CAUSE = 'nested call outer args carets'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    try:
        r = af.lm_call([{"role": "user", "content": af.lm_call([{"role": "user", "content": a}], model="m") + 5}], model="m")
    except TypeError:
        traceback.print_exc(file=sys.stdout)
        r = None
    return r
