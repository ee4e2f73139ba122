"""A running total object's __add__ logs and returns a new total; each turn adds its reply."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Tally:
    def __init__(self, t):
        self.t = t

    def __add__(self, n):
        LOG.append(f"add {self.t} {n}")
        return self.t + str(n)


def main(topics: list):
    out = []
    for t in topics:
        tally = Tally(t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(tally + len(r))
    return out
