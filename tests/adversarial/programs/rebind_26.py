"""A primitive is replaced by an attribute store on the module object between calls."""

import sys

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


@af.primitive
def lookup(q: str) -> str:
    return "db:" + q


def fake_lookup(q):
    return "fake:" + q


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = lookup(topic)
    sys.modules[__name__].lookup = fake_lookup
    y = lookup(a)
    z = lookup(topic + "2")
    return [x, y, z]
