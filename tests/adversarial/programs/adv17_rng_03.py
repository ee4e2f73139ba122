"""A module-level random.seed and random.random() read per item for sampling which examples
to include; the prompt holds the choice."""

import random

import autoform as af

CAUSE = "module random per item"
ARGS = (["owls", "cats", "dogs"],)
EXAMPLES = ["e1", "e2", "e3", "e4"]


def main(items: list):
    random.seed(5)
    out = []
    for t in items:
        shots = random.sample(EXAMPLES, 2)
        out.append(af.lm_call([{"role": "user", "content": f"{shots} {t}"}], model="m"))
    return out
