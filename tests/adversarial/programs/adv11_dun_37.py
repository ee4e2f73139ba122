"""Straight-line: unpacking a pair object whose __iter__ counts; the next independent call
quotes the count."""

import autoform as af

CAUSE = "dunder"
ARGS = ("owls",)
UNPACKED = [0]


class Pair:
    def __iter__(self):
        UNPACKED[0] += 1
        return iter(("brief", "warm"))


PAIR = Pair()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    style, tone = PAIR
    b = af.lm_call([{"role": "user", "content": f"{topic} {UNPACKED[0]}"}], model="m")
    return [a, b, style, tone]
