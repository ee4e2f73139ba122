"""Comprehension over range with index into a list that is too short."""

import autoform as af

CAUSE = "IndexError mid-comprehension after calls"
ARGS = (["owls", "cats"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    return [ask(items[i]) for i in range(3)]
