"""Loop collecting replies; each reply also goes into a container with list(map(bag.append, a.split(':'))), and the
next item's prompt reads the container."""

import sys  # noqa: F401

import autoform as af

CAUSE = "loop list(map(bag.append))"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = []
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {len(bag)}"}], model="m")
        list(map(bag.append, a.split(":")))
        out.append(a)
    return out
