"""A comprehension's first iterable is a reply; its element asks too."""

import autoform as af

CAUSE = "comprehension first iterable call"
ARGS = ("owls",)


def main(a: str):
    return [
        af.lm_call([{"role": "user", "content": w}], model="m")
        for w in af.lm_call([{"role": "user", "content": a}], model="m").split(":")
    ]
