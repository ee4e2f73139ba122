"""random draws in a helper after its call, in a loop: the draw order is visible."""

import random

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c", "d"],)
RNG = random.Random(7)


def pick(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    return f"{r}:{RNG.randint(0, 999)}"


def main(items: list):
    out = []
    for q in items:
        out.append(pick(q))
    return out
