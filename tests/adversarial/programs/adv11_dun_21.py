"""A property that logs is read after each turn's call."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    @property
    def title(self):
        LOG.append("title " + self.t)
        return self.t.title()


def main(topics: list):
    out = []
    for t in topics:
        d = Doc(t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(d.title + r)
    return out
