"""Deque as a work queue; body pops left and may append."""

from collections import deque

import autoform as af

CAUSE = "deque queue"
ARGS = (["owls", "cats"],)


def main(items: list):
    q = deque(items)
    out = []
    while q:
        t = q.popleft()
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r)
        if len(t) < 6:
            q.append(t + "!")
    return out
