"""In a loop, the model name is an object whose `__str__` logs; one item's call fails."""

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "bad", "cats", "dogs"],)
FAIL = ["bad"]
LOG = []


class Model:
    def __init__(self, topic):
        self.topic = topic

    def __str__(self):
        LOG.append("model for " + self.topic)
        return "m"


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model=Model(t)))
    return out
