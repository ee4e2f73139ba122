"""__bool__ takes one token from a shared iterator with a generator expression."""

import autoform as af

CAUSE = "fan-out dunder consumes iterator"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Budget:
    def __init__(self, n):
        self.tokens = iter(range(n))

    def __bool__(self):
        return any(True for _ in zip(range(1), self.tokens))


def main(topics: list):
    budget = Budget(2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
