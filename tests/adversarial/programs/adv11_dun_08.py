"""A score's __lt__ logs; each turn keeps the reply if its score beats a threshold."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Score:
    def __init__(self, t):
        self.t = t

    def __lt__(self, other):
        LOG.append(f"lt {self.t}")
        return len(self.t) < other


def main(topics: list):
    out = []
    for t in topics:
        s = Score(t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r if s < 5 else None)
    return out
