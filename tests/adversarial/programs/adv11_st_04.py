"""heapq.heappush into a shared heap after each reply; each prompt quotes the heap size."""

import heapq

import autoform as af

CAUSE = "state"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    heap = []
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": f"{t} {len(heap)}"}], model="m")
        heapq.heappush(heap, (len(r), t))
        out.append(r)
    return out, heap
