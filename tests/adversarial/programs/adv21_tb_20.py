"""Guard failure in a helper called from a list comprehension (fanned)."""

import sys
import traceback

import autoform as af

CAUSE = "match guard failure"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def kind(t):
    r = ask(t)
    match r:
        case str() if int(r):
            return 1
    return 0


def main(items):
    try:
        return [kind(t) for t in items]
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        return None
