"""A budget's __bool__ spends one unit per check; each turn asks only while budget remains
(the check comes after the prompt is built)."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Budget:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        self.n -= 1
        return self.n >= 0


BUDGET = Budget(2)


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r if BUDGET else "over budget")
    return out, BUDGET.n
