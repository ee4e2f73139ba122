"""A helper reads a counter that a later statement increments: the call must see the old value."""

import autoform as af

CAUSE = 1
ARGS = ("rain",)
COUNTER = {"n": 0}


def numbered(q):
    return af.lm_call([{"role": "user", "content": f"#{COUNTER['n']} {q}"}], model="m")


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "start " + topic}], model="m")
    first = numbered(topic)
    COUNTER["n"] += 1
    second = numbered(topic + "!")
    return [a, first, second]
