"""Straight-line: a budget's __bool__ spends a unit; the second (independent) call quotes
the units left, after the check."""

import autoform as af

CAUSE = "dunder"
ARGS = ("owls",)


class Budget:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        self.n -= 1
        return self.n >= 0


BUDGET = Budget(3)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    ok = bool(BUDGET)
    b = af.lm_call([{"role": "user", "content": f"{topic} with {BUDGET.n} left"}], model="m")
    return [a, b, ok]
