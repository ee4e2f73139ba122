"""Counter of reply lengths and a heap of (len, reply)."""

import heapq
from collections import Counter

import autoform as af

CAUSE = "heapq and Counter in loop"
ARGS = (["owls", "cats", "dogs", "emus"],)


def main(items: list):
    c = Counter()
    h = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        c[len(r)] += 1
        heapq.heappush(h, (len(r), r))
    return c.most_common(), [heapq.heappop(h) for _ in range(len(h))]
