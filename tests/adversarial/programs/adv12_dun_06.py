"""The budget class is made with type() and a namespace dict holding __bool__."""

import autoform as af

CAUSE = "fan-out dunder type()"
ARGS = (["owls", "cats", "dogs", "bees"],)


def _spend(self):
    self.n -= 1
    return self.n >= 0


def _init(self, n):
    self.n = n


Budget = type("Budget", (), {"__bool__": _spend, "__init__": _init})


def main(topics: list):
    budget = Budget(2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
