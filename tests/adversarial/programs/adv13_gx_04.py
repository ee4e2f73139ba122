"""Comprehension filter with walrus on the reply; the kept replies are joined."""

import autoform as af

CAUSE = "comprehension walrus filter"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    kept = [
        r
        for t in items
        if "cats" not in (r := af.lm_call([{"role": "user", "content": t}], model="m"))
    ]
    return kept, r
