"""A nested function reads a variable rebound after it was defined, called after a call."""

import autoform as af

CAUSE = "closure"
ARGS = ("wren",)


def main(topic: str):
    style = "short"

    def prompt(x):
        return f"[{style}] {x}"

    a = af.lm_call([{"role": "user", "content": prompt(topic)}], model="m")
    style = "long"
    b = af.lm_call([{"role": "user", "content": prompt(a)}], model="m")
    return [a, b]
