"""A document's __str__ logs; each turn prints it after the call (print is output)."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        LOG.append("str " + self.t)
        return self.t


def main(topics: list):
    out = []
    for t in topics:
        d = Doc(t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(str(d) + r)
    return out
