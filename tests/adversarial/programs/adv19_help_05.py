"""Helper reads random.random() for a temperature in the prompt after seeding."""

import random

import autoform as af

CAUSE = "random state in prompts"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    temp = round(random.random(), 3)
    return af.lm_call([{"role": "user", "content": f"{t} t={temp}"}], model="m")


def main(items: list):
    random.seed(7)
    return [ask(t) for t in items]
