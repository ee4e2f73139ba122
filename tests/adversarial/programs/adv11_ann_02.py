"""main(topics: list[str]) replaces its first topic with a document through a helper;
a loop then formats each topic after a call."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        LOG.append("format " + self.t)
        return self.t


def upgrade(xs):
    xs[0] = Doc(xs[0])
    xs[2] = Doc(xs[2])


def main(topics: list[str]):
    upgrade(topics)
    out = []
    for t in topics:
        a = af.lm_call([{"role": "user", "content": "x"}], model="m")
        out.append(f"{t}: {a}")
    return out
