"""A dict comprehension keyed by the first three letters of each reply: colliding keys,
the last wins."""

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "oaks", "cats"],)


def main(topics: list):
    return {af.lm_call([{"role": "user", "content": t}], model="m")[:3]: t for t in topics}
