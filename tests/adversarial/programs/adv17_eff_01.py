"""A seeded Random shared between items: each item draws a temperature and a shuffle of its
few-shot examples before its call."""

import random

import autoform as af

CAUSE = "shared rng per item"
ARGS = (["owls", "cats", "dogs"], 7)
SHOTS = ["a", "b", "c", "d"]


def main(items: list, seed: int):
    rng = random.Random(seed)
    out = []
    for t in items:
        shots = SHOTS[:]
        rng.shuffle(shots)
        temp = round(rng.uniform(0, 1), 2)
        r = af.lm_call(
            [{"role": "user", "content": f"{''.join(shots)} {t}"}], model="m", temperature=temp
        )
        out.append(r)
    return out, rng.random()
