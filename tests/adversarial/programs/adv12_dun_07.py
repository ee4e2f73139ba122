"""The budget's __bool__ is given by setattr with a computed name."""

import autoform as af

CAUSE = "fan-out dunder setattr computed"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Budget:
    def __init__(self, n):
        self.n = n


def _spend(self):
    self.n -= 1
    return self.n >= 0


setattr(Budget, "__%s__" % "bool", _spend)


def main(topics: list):
    budget = Budget(2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
