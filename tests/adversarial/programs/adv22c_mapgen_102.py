"""Comprehension over map(str.upper, items) and enumerate."""

import autoform as af

CAUSE = "map/enumerate iteration source"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    return [ask(f"{i}{u}") for i, u in enumerate(map(str.upper, items), 1)]
