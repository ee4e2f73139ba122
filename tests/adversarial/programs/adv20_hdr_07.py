"""if test: the LM call itself fails, carets under the call."""

import sys
import traceback

import autoform as af

CAUSE = "block header carets lost"
ARGS = ("owls", "cats")
FAIL = ['cats']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    try:
        if len(ask(b)) > 2:
            pass
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
    return ask(a)
