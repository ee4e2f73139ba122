"""Straight-line: a conditional expression tests a budget (its __bool__ spends a unit); an
independent call after it quotes the units left."""

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
    mode = "full" if BUDGET else "cheap"
    b = af.lm_call([{"role": "user", "content": f"{topic} {BUDGET.n} left"}], model="m")
    return [a, b, mode]
