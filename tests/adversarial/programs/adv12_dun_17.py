"""__bool__ spends through super().__setattr__ (no store, no call but a super dunder)."""

import autoform as af

CAUSE = "fan-out dunder super setattr"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Budget:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        super().__setattr__("n", self.n - 1)
        return self.n >= 0


def main(topics: list):
    budget = Budget(2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
