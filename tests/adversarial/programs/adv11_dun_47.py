"""Straight-line: `"a" in THING` runs a dunder of a module-level object that counts; an
independent call after it quotes the count."""

import autoform as af

CAUSE = "dunder"
ARGS = ("owls",)
COUNT = [0]


class Thing:
    def __contains__(self, x):
        COUNT[0] += 1
        return True


THING = Thing()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = "a" in THING
    b = af.lm_call([{"role": "user", "content": f"{topic} {COUNT[0]}"}], model="m")
    return [a, b, x]
