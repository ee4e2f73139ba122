"""Recursive summariser: split the list in halves until one item, summarise leaves, then merge
pairs; a depth counter records the maximum depth reached in a module global."""

import autoform as af

CAUSE = "recursive merge"
ARGS = (["owls", "cats", "dogs", "bees", "emus"],)
MAX_DEPTH = 0
ORDER = []


def summarise(items, depth=0):
    global MAX_DEPTH
    MAX_DEPTH = max(MAX_DEPTH, depth)
    if len(items) == 1:
        ORDER.append(items[0])
        return af.lm_call([{"role": "user", "content": items[0]}], model="leaf")
    mid = len(items) // 2
    left = summarise(items[:mid], depth + 1)
    right = summarise(items[mid:], depth + 1)
    return af.lm_call([{"role": "user", "content": f"{left[-10:]}+{right[-10:]}"}], model="merge")


def main(items: list):
    return summarise(items)
