"""A document's title property counts reads in a global; each turn reads the title after its
call, and every prompt quotes the count so far."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
READS = 0


class Doc:
    def __init__(self, t):
        self.t = t

    @property
    def title(self):
        global READS
        READS += 1
        return self.t.title()


def main(topics: list):
    out = []
    for t in topics:
        d = Doc(t)
        r = af.lm_call([{"role": "user", "content": f"{t} after {READS} reads"}], model="m")
        out.append(d.title + r)
    return out
