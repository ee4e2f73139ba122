"""map over a lambda calling the LM, zipped with a shorter range."""

import autoform as af

CAUSE = "map zipped with range"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    rs = map(lambda t: af.lm_call([{"role": "user", "content": t}], model="m"), items)
    return [(i, r) for i, r in zip(range(2), rs)]
