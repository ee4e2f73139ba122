"""Helper called with a missing argument inside a fanned loop; caught per item."""

import sys
import traceback

import autoform as af

CAUSE = "splat kwargs failing"
ARGS = (["owls", "cats"],)


def ask(t, suffix):
    return af.lm_call([{"role": "user", "content": t + suffix}], model="m")


def main(items):
    out = []
    for t in items:
        try:
            out.append(ask(t) if t == "cats" else ask(t, "!"))
        except TypeError:
            traceback.print_exc(file=sys.stdout)
    return out
