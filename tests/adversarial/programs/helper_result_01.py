"""A helper hands out the module's tag set; the caller adds to it between two asks."""

import autoform as af

CAUSE = 2
ARGS = ("bees",)
TAGS = set()


def active_tags():
    return TAGS


def ask(q):
    return af.lm_call([{"role": "user", "content": q + " " + ",".join(sorted(TAGS))}], model="m")


def main(topic: str):
    first = ask(topic)
    active_tags().add("seen:" + topic)
    second = ask(topic)
    return [first, second, sorted(TAGS)]
