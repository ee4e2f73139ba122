"""A for loop walks map() of a lambda that asks the LM."""

import autoform as af

CAUSE = "lambda in loop source"
ARGS = (["owls", "cats"],)


def main(items: list):
    out = []
    for r in map(lambda t: af.lm_call([{"role": "user", "content": t}], model="m"), items):
        out.append(r)
    return out
