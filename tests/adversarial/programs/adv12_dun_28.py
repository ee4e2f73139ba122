"""__bool__ is bound by a walrus in the class body."""

import autoform as af

CAUSE = "fan-out dunder walrus"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Budget:
    def spend(self):
        self.n -= 1
        return self.n >= 0

    (__bool__ := spend)

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
