"""A recursive helper that splits a topic list in halves and asks for each leaf, printing
its depth; results concatenated."""

import autoform as af

CAUSE = "recursive helper"
ARGS = (["owls", "cats", "dogs", "bees", "ants"],)


def solve(items, depth=0):
    print("  " * depth + f"solve {len(items)}")
    if len(items) == 1:
        return [af.lm_call([{"role": "user", "content": items[0]}], model="m")]
    mid = len(items) // 2
    return solve(items[:mid], depth + 1) + solve(items[mid:], depth + 1)


def main(items: list):
    return solve(items)
