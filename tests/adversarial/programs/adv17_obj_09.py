"""Results pushed onto a heap by score; the heap's internal list order is returned."""

import heapq

import autoform as af

CAUSE = "heappush order"
ARGS = (["owls", "cats", "dogs", "bees", "ants"],)


def main(items: list):
    heap = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        heapq.heappush(heap, (len(r) % 3, r))
    return heap, [heapq.heappop(heap) for _ in range(2)]
