"""A helper that pops a budget from a module list and raises when it runs out, in a loop."""

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c", "d"],)
BUDGET = [1, 1, 1]


def spend(x):
    BUDGET.pop()
    return af.lm_call([{"role": "user", "content": x}], model="m")


def main(items: list[str]):
    out = []
    for x in items:
        out.append(spend(x))
    return out
