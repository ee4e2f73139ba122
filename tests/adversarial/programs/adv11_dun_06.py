"""A verdict object's __eq__ logs; each turn compares its reply's verdict to a target."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Verdict:
    def __init__(self, t):
        self.t = t

    def __eq__(self, other):
        LOG.append("eq " + self.t)
        return self.t == other


def main(topics: list):
    out = []
    for t in topics:
        v = Verdict(t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if v == "cats":
            continue
        out.append(r)
    return out
