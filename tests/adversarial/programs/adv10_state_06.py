"""A document's `__str__` logs; main logs right after the call, before using the answer."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats"],)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append("render " + self.text)
        return self.text

    __repr__ = __str__


def main(topics: list):
    out = []
    for t in topics:
        a = af.lm_call([{"role": "user", "content": Doc(t)}], model="m")
        LOG.append("asked " + t)
        out.append(a)
    return out
