"""A memo keyed by objects whose __hash__ and __eq__ log; a loop fills it from replies."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "owls"],)
LOG = []


class Key:
    def __init__(self, t):
        self.t = t

    def __hash__(self):
        LOG.append("hash " + self.t)
        return hash(self.t)

    def __eq__(self, other):
        LOG.append("eq " + self.t)
        return self.t == other.t


def main(topics: list):
    memo = {}
    for t in topics:
        k = Key(t)
        if k not in memo:
            memo[k] = af.lm_call([{"role": "user", "content": t}], model="m")
    return [memo[Key(t)] for t in topics]
