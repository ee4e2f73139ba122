"""Replies are scored by a scorer object shared across a loop; `scorer(r) > 5` compares
through the score's __gt__, which records order in the scorer."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Score:
    def __init__(self, r):
        self.r = r

    def __gt__(self, k):
        LOG.append("cmp " + self.r[-6:])
        return len(self.r) > k


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if Score(r) > 5:
            out.append(r)
    return out
