"""Nested loops: each call holds a document whose `__str__` logs; one inner item fails."""

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "cats"], ["size", "bad", "diet"])
FAIL = ["cats bad"]
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text)
        return self.text

    __repr__ = __str__


def main(topics: list, aspects: list):
    out = []
    for t in topics:
        row = []
        for a in aspects:
            row.append(af.lm_call([{"role": "user", "content": Doc(t + " " + a)}], model="m"))
        out.append(row)
    return out
