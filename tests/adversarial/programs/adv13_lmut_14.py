"""Loop collecting replies; each reply also goes into a container with bag.update(a), and the
next item's prompt reads the container."""

import collections

import autoform as af

CAUSE = "loop counter update"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = collections.Counter()
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {bag.most_common(1)}"}], model="m")
        bag.update(a)
        out.append(a)
    return out
