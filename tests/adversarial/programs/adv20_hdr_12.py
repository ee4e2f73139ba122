"""** merge of None in the call keywords, minimal."""

import sys
import traceback

import autoform as af

CAUSE = "star args message names acall"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


BAD = None


def main(a, b):
    try:
        af.lm_call([{"role": "user", "content": b}], **BAD)
    except TypeError:
        traceback.print_exc(file=sys.stdout)
    return ask(a)
