"""match subject subscripts a reply."""

import sys
import traceback

import autoform as af

CAUSE = "block header carets lost"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    try:
        match ask(b)[20]:
            case "x":
                pass
    except IndexError:
        traceback.print_exc(file=sys.stdout)
    return ask(a)
