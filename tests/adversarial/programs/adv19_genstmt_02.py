"""return all() of a generator expression of replies."""

import autoform as af

CAUSE = "genexp in return"
ARGS = (["owls", "cats"],)


def main(items: list):
    return all(af.lm_call([{"role": "user", "content": t}], model="m") for t in items)
