"""In a loop, an extra keyword argument of the call holds an object whose `__repr__` logs;
one item's call fails."""

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "bad", "cats", "dogs"],)
FAIL = ["bad"]
LOG = []


class Meta:
    def __init__(self, topic):
        self.topic = topic

    def __repr__(self):
        LOG.append("meta " + self.topic)
        return "meta:" + self.topic


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m", metadata=Meta(t)))
    return out
