"""Loop collecting replies; each reply also goes into a container with dict.__setitem__(bag, t, a), and the
next item's prompt reads the container."""

import sys  # noqa: F401

import autoform as af

CAUSE = "loop dict.__setitem__"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = {}
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {len(bag)}"}], model="m")
        dict.__setitem__(bag, t, a)
        out.append(a)
    return out
