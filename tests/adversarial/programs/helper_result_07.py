"""A helper returns a dict that is module state; the call result is stored into it."""

import autoform as af

CAUSE = 2
ARGS = ("bees",)
TABLE = {}


def table():
    return TABLE


def show():
    return af.lm_call([{"role": "user", "content": repr(sorted(TABLE))}], model="m")


def main(topic: str):
    t = table()
    t[topic] = af.lm_call([{"role": "user", "content": topic}], model="m")
    return show()
