"""A message is a tuple subclass (a namedtuple of role and content) holding a document."""

import collections

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
LOG = []
Pair = collections.namedtuple("Pair", "role content")


class Doc:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        LOG.append(self.text)
        return self.text


def main(q: str):
    a = af.lm_call([{"role": "user", "content": [Pair("user", Doc(q))]}], model="m")
    LOG.append("mid")
    b = af.lm_call([{"role": "user", "content": [Pair("user", Doc(q + "s"))]}], model="m")
    return [a, b]
