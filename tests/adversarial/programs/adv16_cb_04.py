"""heapq.nlargest with a key: the callback appends to a module list that each item's prompt quotes the length of
(read into an int first)."""

import heapq

import autoform as af

CAUSE = "heapq nlargest key effect"
ARGS = (["owls", "cats", "dogs"],)
SEEN = []


def track(x):
    SEEN.append(str(x)[:8])
    return str(x)


def main(items: list):
    out = []
    for t in items:
        n = len(SEEN)
        r = af.lm_call([{"role": "user", "content": f"{t} seen={n}"}], model="m")
        out.append(heapq.nlargest(1, r.split(":"), key=track))
    return out
