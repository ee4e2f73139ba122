"""Straight-line: a stats object's __len__ records a check in a global list; two independent
calls, the second quoting how many checks ran."""

import autoform as af

CAUSE = "len pure"
ARGS = ("owls",)
CHECKS = []


class Stats:
    def __len__(self):
        CHECKS.append("len")
        return 3


STATS = Stats()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    size = len(STATS)
    b = af.lm_call([{"role": "user", "content": f"{topic} after {len(CHECKS)} checks"}], model="m")
    return [a, b, size]
