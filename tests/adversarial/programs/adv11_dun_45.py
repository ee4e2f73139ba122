"""Straight-line: `format(THING, "")` runs a dunder of a module-level object that counts; an
independent call after it quotes the count."""

import autoform as af

CAUSE = "dunder"
ARGS = ("owls",)
COUNT = [0]


class Thing:
    def __format__(self, spec):
        COUNT[0] += 1
        return "thing"


THING = Thing()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = format(THING, "")
    b = af.lm_call([{"role": "user", "content": f"{topic} {COUNT[0]}"}], model="m")
    return [a, b, x]
