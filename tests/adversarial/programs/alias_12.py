"""Tuple unpacking hands out the same inner lists."""

import autoform as af

CAUSE = "alias"
ARGS = ("squid",)


def main(topic: str):
    pair = ([{"role": "user", "content": topic}], [])
    left, right = pair
    a = af.lm_call(pair[0], model="m")
    left.append({"role": "user", "content": a})
    b = af.lm_call(pair[0], model="m")
    return [a, b, len(right)]
