"""Duplicate keys in a dict comprehension: the last item's reply stays."""

import autoform as af

CAUSE = 10
ARGS = (["apple", "avocado", "banana", "blueberry"],)


def main(words: list):
    return {w[0]: af.lm_call([{"role": "user", "content": w}], model="m") for w in words}
