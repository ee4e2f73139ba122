"""Statement-level: an assignment subscripting a reply works; the if version fails. Ternary test in assignment."""

import sys
import traceback

import autoform as af

CAUSE = "Statement-level: an assignment subscript"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    try:
        x = 1 if ask(b)["k"] else 2
    except TypeError:
        traceback.print_exc(file=sys.stdout)
    return ask(a)
