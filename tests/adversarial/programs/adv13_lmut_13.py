"""Loop collecting replies; each reply also goes into a container with bag.append(a), and the
next item's prompt reads the container."""

import collections

import autoform as af

CAUSE = "loop deque maxlen"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = collections.deque(maxlen=2)
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {list(bag)}"}], model="m")
        bag.append(a)
        out.append(a)
    return out
