"""A list comprehension: each element compares its reply with a score object (logging
__gt__)."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Limit:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        LOG.append(f"gt {other}")
        return self.n > other


LIMIT = Limit(100)


def main(topics: list):
    return [
        r
        for t in topics
        if LIMIT > len(r := af.lm_call([{"role": "user", "content": t}], model="m"))
    ]
