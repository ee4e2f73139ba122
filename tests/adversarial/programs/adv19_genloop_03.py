"""A list comprehension walks zip() of a list and a generator expression of replies."""

import autoform as af

CAUSE = "genexp in zip in comprehension"
ARGS = (["owls", "cats"],)


def main(items: list):
    return [
        (t, r)
        for t, r in zip(
            items, (af.lm_call([{"role": "user", "content": t}], model="m") for t in items)
        )
    ]
