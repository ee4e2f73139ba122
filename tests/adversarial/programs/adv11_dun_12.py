"""A reply wrapper's __iter__ logs; each turn iterates its wrapper to count words."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Words:
    def __init__(self, t):
        self.t = t

    def __iter__(self):
        LOG.append("iter " + self.t)
        return iter(self.t.split())


def main(topics: list):
    out = []
    for t in topics:
        w = Words(t + " one two")
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((r, sum(1 for _ in w)))
    return out
