"""__bool__ is a module-level function assigned by name in the class body."""

import autoform as af

CAUSE = "fan-out dunder alias to function"
ARGS = (["owls", "cats", "dogs", "bees"],)


def _spend(self):
    self.n -= 1
    return self.n >= 0


class Budget:
    __bool__ = _spend

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
