"""A chain: the answer of one call is wrapped in a document for the next, three deep, in a
loop."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats"],)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(len(self.text))
        return self.text[-20:]

    __repr__ = __str__


def ask(x):
    return af.lm_call([{"role": "user", "content": Doc(x)}], model="m")


def main(topics: list):
    return [ask(ask(ask(t))) for t in topics]
