"""A comprehension's variable does not leak: the outer name keeps its value."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["a", "b"],)


def main(items: list):
    x = "outer"
    replies = [af.lm_call([{"role": "user", "content": x}], model="m") for x in items]
    return [replies, x]
