"""sorted of mixed-type genexp outside try."""

import sys
import traceback

import autoform as af

CAUSE = "sorted mixed types"
ARGS = (["owls", "cats"],)


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return len(r) if "cats" in t else r


def helper(items):
    return sorted(ask(t) for t in items)


def main(items):
    try:
        return helper(items)
    except TypeError:
        traceback.print_exc(file=sys.stdout)
        return None
