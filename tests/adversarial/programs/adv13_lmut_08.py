"""Loop collecting replies; each reply also goes into a container with bag |= set(a[:3]), and the
next item's prompt reads the container."""

import sys  # noqa: F401

import autoform as af

CAUSE = "loop set ior"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = set()
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {sorted(bag)}"}], model="m")
        bag |= set(a[:3])
        out.append(a)
    return out
