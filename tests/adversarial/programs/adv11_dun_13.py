"""A document's __int__ logs; each turn converts its document to a number after the call."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __int__(self):
        LOG.append("int " + self.t)
        return len(self.t)


def main(topics: list):
    out = []
    for t in topics:
        d = Doc(t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r * int(d))
    return out
