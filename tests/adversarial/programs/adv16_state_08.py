"""random with a fixed seed: each prompt picks a style with random.choice, so the calls'
prompts depend on the order of the draws."""

import random

import autoform as af

CAUSE = "random module state"
ARGS = (["owls", "cats", "dogs", "bees"],)
STYLES = ["haiku", "limerick", "prose", "list"]


def main(items: list):
    rng = random.Random(7)
    random.seed(3)
    a = [
        af.lm_call([{"role": "user", "content": f"{rng.choice(STYLES)} about {t}"}], model="m")
        for t in items
    ]
    b = [
        af.lm_call([{"role": "user", "content": f"{random.choice(STYLES)}: {t}"}], model="m")
        for t in items
    ]
    return a, b
