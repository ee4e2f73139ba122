"""A user iterator class (with __next__ that logs) is the loop source."""

import autoform as af

CAUSE = "generator"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Source:
    def __init__(self, xs):
        self.xs = list(xs)
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.xs):
            LOG.append("stop")
            raise StopIteration
        LOG.append(f"next {self.i}")
        self.i += 1
        return self.xs[self.i - 1]


def main(topics: list):
    out = []
    for i, t in enumerate(Source(topics)):
        out.append(af.lm_call([{"role": "user", "content": f"{i} {t}"}], model="m"))
    return out
