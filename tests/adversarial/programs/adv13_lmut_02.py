"""Loop collecting replies; each reply also goes into a container with bisect.insort(bag, a), and the
next item's prompt reads the container."""

import bisect

import autoform as af

CAUSE = "loop bisect.insort"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = []
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {len(bag)}"}], model="m")
        bisect.insort(bag, a)
        out.append(a)
    return out
