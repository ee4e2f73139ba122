"""A property counts reads of the model name; each turn asks with it after the previous
reply is logged."""

import autoform as af

CAUSE = "property"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Bot:
    def __init__(self):
        self.reads = 0

    @property
    def model(self):
        self.reads += 1
        return f"m{self.reads}"


def main(topics: list):
    b = Bot()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model=b.model)
        LOG.append(r)
        out.append(r)
    return out, b.reads
