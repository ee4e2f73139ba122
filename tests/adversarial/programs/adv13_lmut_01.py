"""Loop collecting replies; each reply also goes into a container with heapq.heappush(bag, (len(a), a)), and the
next item's prompt reads the container."""

import heapq

import autoform as af

CAUSE = "loop heapq.heappush"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = []
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {len(bag)}"}], model="m")
        heapq.heappush(bag, (len(a), a))
        out.append(a)
    return out
