"""Guard failure, no LM call in the match at all, LM call before it."""

import sys
import traceback

import autoform as af

CAUSE = "match guard failure"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    rb = ask(b)
    try:
        match b:
            case "cats" if {}[b]:
                pass
    except KeyError:
        traceback.print_exc(file=sys.stdout)
    return ra, rb
