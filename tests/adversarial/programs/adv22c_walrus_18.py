"""Walrus in a comprehension filter; the last bound value leaks to the function."""

import autoform as af

CAUSE = "walrus leaks last reply, including filtered ones"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    kept = [y for x in items if "c" in (y := ask(x))]
    return kept, y
