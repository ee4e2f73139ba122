"""Loop collecting replies; each reply also goes into a container with operator.setitem(bag, t, a), and the
next item's prompt reads the container."""

import operator

import autoform as af

CAUSE = "loop operator.setitem"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = {}
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {sorted(bag)}"}], model="m")
        operator.setitem(bag, t, a)
        out.append(a)
    return out
