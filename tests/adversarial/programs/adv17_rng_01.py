"""A helper draws a temperature from a shared Random before its call and a jitter after it;
main maps the helper over items in a comprehension."""

import random

import autoform as af

CAUSE = "rng draws before and after call"
ARGS = (["owls", "cats", "dogs"], 3)


def ask(t, rng):
    temp = round(rng.random(), 2)
    r = af.lm_call([{"role": "user", "content": t}], model="m", temperature=temp)
    jitter = rng.randint(0, 9)
    return f"{r}:{jitter}"


def main(items: list, seed: int):
    rng = random.Random(seed)
    return [ask(t, rng) for t in items]
