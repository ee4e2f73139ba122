"""A message object's __str__ raises for one item; the loop catches TypeError per item."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __repr__(self):
        if self.t == "cats":
            raise ValueError("no cats")
        return self.t

    __str__ = __repr__


def main(topics: list):
    out = []
    for t in topics:
        try:
            out.append(af.lm_call([{"role": "user", "content": str(Doc(t))}], model="m"))
        except ValueError as e:
            LOG.append(str(e))
        LOG.append("turn " + t)
    return out
