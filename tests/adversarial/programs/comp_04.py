"""A nested comprehension asks for every pair."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["a", "b"], ["1", "2"])


def main(xs: list, ys: list):
    return [[af.lm_call([{"role": "user", "content": x + y}], model="m") for y in ys] for x in xs]
