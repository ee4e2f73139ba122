"""@builtins.property spends a unit when read."""

import builtins

import autoform as af

CAUSE = "fan-out builtins.property"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Budget:
    def __init__(self, n):
        self.n = n

    @builtins.property
    def ready(self):
        self.n -= 1
        return self.n >= 0


def main(topics: list):
    budget = Budget(2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget.ready:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
