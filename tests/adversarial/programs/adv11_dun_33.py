"""A list comprehension whose element adds a reply to a document rendered by __str__ (logs)."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        LOG.append("str " + self.t)
        return self.t


def main(topics: list):
    docs = [Doc(t) for t in topics]
    return [af.lm_call([{"role": "user", "content": d.t}], model="m") + str(d) for d in docs]
