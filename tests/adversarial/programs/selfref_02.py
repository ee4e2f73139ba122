"""A recursive helper that asks the model at each level."""

import autoform as af

CAUSE = 14
ARGS = ("root",)


def refine(text, depth):
    if depth == 0:
        return text
    better = af.lm_call([{"role": "user", "content": text}], model="m")
    return refine(better, depth - 1)


def main(topic: str):
    return [refine(topic, 2), refine(topic + "!", 1)]
