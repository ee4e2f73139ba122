"""Calls nested three deep, beside an independent one."""

import autoform as af

CAUSE = "nesting"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    deep = ask(ask(ask(topic)))
    side = ask(topic + "?")
    return [deep, side]
