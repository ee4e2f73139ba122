"""__bool__ and __len__ are bound together by a tuple assignment in the class body."""

import autoform as af

CAUSE = "fan-out dunder tuple assign"
ARGS = (["owls", "cats", "dogs", "bees"],)


def _spend(self):
    self.n -= 1
    return self.n >= 0


def _size(self):
    return max(self.n, 0)


class Budget:
    __bool__, __len__ = _spend, _size

    def __init__(self, n):
        self.n = n


def main(topics: list):
    budget = Budget(2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
