"""f-string with a format spec of a badge object (logging __format__) after each call."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Badge:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        LOG.append("format " + self.t)
        return format(self.t, spec)


def main(topics: list):
    out = []
    for t in topics:
        b = Badge(t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(f"{b:>6} {r}")
    return out
