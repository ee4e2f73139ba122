"""A list comprehension's source is a generator expression of replies."""

import autoform as af

CAUSE = "genexp as comprehension source"
ARGS = (["owls", "cats"],)


def main(items: list):
    return [
        r.upper() for r in (af.lm_call([{"role": "user", "content": t}], model="m") for t in items)
    ]
