"""Loop collecting replies; each reply also goes into a container with bag[a[-5:]], and the
next item's prompt reads the container."""

import collections

import autoform as af

CAUSE = "loop defaultdict read"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = collections.defaultdict(int)
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {len(bag)}"}], model="m")
        bag[a[-5:]]
        out.append(a)
    return out
