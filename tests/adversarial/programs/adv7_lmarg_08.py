"""In a loop, each call holds a document whose `__str__` logs; one call fails."""

import autoform as af

CAUSE = "client"
ARGS = (["owls", "bad", "cats", "dogs"],)
FAIL = ["bad"]
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        LOG.append(self.text)
        return self.text

    __str__ = __repr__


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": Doc(t)}], model="m"))
    return out
