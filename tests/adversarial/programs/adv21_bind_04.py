"""Helper with keyword-only arg called positionally in a list comprehension."""

import sys
import traceback

import autoform as af

CAUSE = "splat kwargs failing"
ARGS = (["owls", "cats"],)


def ask(t, *, model):
    return af.lm_call([{"role": "user", "content": t}], model=model)


def main(items):
    try:
        return [ask(t, "m") for t in items]
    except TypeError:
        traceback.print_exc(file=sys.stdout)
        return None
