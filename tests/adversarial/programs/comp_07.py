"""A comprehension over a list that a previous statement mutated after a call."""

import autoform as af

CAUSE = "comprehension"
ARGS = ("root",)


def main(topic: str):
    items = [topic]
    first = af.lm_call([{"role": "user", "content": topic}], model="m")
    items.append(first)
    return [af.lm_call([{"role": "user", "content": it}], model="m") for it in items]
