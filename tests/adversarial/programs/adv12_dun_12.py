"""types.DynamicClassAttribute (a property in all but name) spends a unit when read."""

import types

import autoform as af

CAUSE = "fan-out DynamicClassAttribute"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Budget:
    def __init__(self, n):
        self.n = n

    @types.DynamicClassAttribute
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
