"""copy.deepcopy of a config with a logging __deepcopy__ after each turn's call."""

import copy

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Config:
    def __init__(self, t):
        self.t = t

    def __deepcopy__(self, memo):
        LOG.append("copy " + self.t)
        return Config(self.t)


def main(topics: list):
    out = []
    for t in topics:
        c = Config(t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((copy.deepcopy(c).t, r))
    return out
