"""A document's plain method logs; each turn calls it after the reply (the control for the
dunder programs: a named method, not an operator)."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def size(self):
        LOG.append("size " + self.t)
        return len(self.t)


def main(topics: list):
    out = []
    for t in topics:
        d = Doc(t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r * d.size())
    return out
