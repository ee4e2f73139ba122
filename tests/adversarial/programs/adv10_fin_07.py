"""A class gains `__del__` through setattr with a name built at run time."""

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Box:
    def __init__(self, text):
        self.text = text


setattr(Box, "__" + "del__", lambda self: LOG.append("freed " + self.text[3:7]))


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(Box(r).text)
    LOG.append("loop done")
    return out
