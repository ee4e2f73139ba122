"""__bool__ spends by draining one token with iter(list.pop, sentinel) (no direct call)."""

import autoform as af

CAUSE = "fan-out dunder iter pop"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Budget:
    def __init__(self, n):
        self.tokens = [None] * 4 + ["t"] * n

    def __bool__(self):
        return any(zip(range(1), iter(self.tokens.pop, None)))


def main(topics: list):
    budget = Budget(2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
