"""Straight-line: the first reply is put into a container with heapq.heappush(bag, (len(a), a)); the second prompt
reads the container, so it must wait for the first."""

import heapq

import autoform as af

CAUSE = "heapq.heappush"
ARGS = ("owls",)


def main(topic: str):
    bag = []
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    heapq.heappush(bag, (len(a), a))
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
