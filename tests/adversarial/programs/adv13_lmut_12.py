"""Loop collecting replies; each reply also goes into a container with bag += [a], and the
next item's prompt reads the container."""

import sys  # noqa: F401

import autoform as af

CAUSE = "loop augmented list"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = []
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {len(bag)}"}], model="m")
        bag += [a]
        out.append(a)
    return out
