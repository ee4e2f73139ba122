"""The collection's key is computed from the collection itself: `results[len(results)] =
...` (Python evaluates the value before the key)."""

import autoform as af

CAUSE = "key reads collection"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    results = {}
    for t in items:
        results[len(results)] = af.lm_call([{"role": "user", "content": t}], model="m")
    return results
