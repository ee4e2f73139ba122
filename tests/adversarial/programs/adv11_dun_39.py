"""Straight-line: a key object's __eq__ counts comparisons; an independent call after the
comparison quotes the count."""

import autoform as af

CAUSE = "dunder"
ARGS = ("owls",)
COMPARED = [0]


class Key:
    def __eq__(self, other):
        COMPARED[0] += 1
        return other == "owls"


KEY = Key()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    same = KEY == topic
    b = af.lm_call([{"role": "user", "content": f"{topic} {COMPARED[0]}"}], model="m")
    return [a, b, same]
