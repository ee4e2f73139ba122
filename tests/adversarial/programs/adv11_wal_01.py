"""A comprehension's walrus leaks the last reply into main's scope."""

import autoform as af

CAUSE = "flow"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    kept = [t for t in topics if (last := af.lm_call([{"role": "user", "content": t}], model="m"))]
    return kept, last
