"""itertools.islice of a generator of replies."""

import itertools

import autoform as af

CAUSE = "islice of generator"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    return list(
        itertools.islice(
            (af.lm_call([{"role": "user", "content": t}], model="m") for t in items), 2
        )
    )
