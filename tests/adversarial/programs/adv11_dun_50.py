"""A running total object shared by the items of a loop: `tally += len(r)` calls its
__iadd__, which mutates it in place and logs."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Tally:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        LOG.append(self.n)
        return self


def main(topics: list):
    tally = Tally()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        tally += len(r) + len(t) % 3
        out.append(r)
    return out, tally.n
