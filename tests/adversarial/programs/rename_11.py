"""dir() with no argument lists the local names."""

import autoform as af

CAUSE = 12
ARGS = ("bay",)


def main(topic: str):
    one = af.lm_call([{"role": "user", "content": topic}], model="m")
    two = af.lm_call([{"role": "user", "content": one}], model="m")
    one = two
    return dir()
