"""Self-consistency: for each question, sample n answers with seeded temperatures from a
shared generator, then vote with a Counter; ties broken by first seen."""

import collections
import random

import autoform as af

CAUSE = "self consistency voting"
ARGS = (["owls?", "cats?"], 3, 11)


def main(questions: list, n: int, seed: int):
    rng = random.Random(seed)
    answers = {}
    for q in questions:
        votes = collections.Counter()
        for _ in range(n):
            temp = rng.choice([0.2, 0.5, 0.8])
            r = af.lm_call([{"role": "user", "content": q}], model="m", temperature=temp)
            votes[r[-3:]] += 1
        answers[q] = votes.most_common(1)[0][0]
    return answers
