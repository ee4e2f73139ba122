"""A document's __bool__ logs; the loop skips empty documents before asking."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "", "cats"],)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        LOG.append("bool " + self.t)
        return bool(self.t)

    def __str__(self):
        return self.t


def main(topics: list):
    out = []
    for t in topics:
        d = Doc(t)
        r = af.lm_call([{"role": "user", "content": t or "empty"}], model="m")
        if d:
            out.append(r)
    return out
