"""In a loop, each reply goes through a helper that pushes onto a module heap."""

import heapq

import autoform as af

CAUSE = "pure-helper"
ARGS = (["a", "b", "c", "d"],)

HEAP = []


def record(x):
    heapq.heappush(HEAP, (len(HEAP), x))
    return x


def main(items: list):
    out = []
    for it in items:
        out.append(record(af.lm_call([{"role": "user", "content": it}], model="m")))
    return out
