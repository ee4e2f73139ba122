"""A metaclass puts a spending __bool__ into the namespace of the classes it makes."""

import autoform as af

CAUSE = "fan-out metaclass namespace"
ARGS = (["owls", "cats", "dogs", "bees"],)


def _spend(self):
    self.n -= 1
    return self.n >= 0


class Spending(type):
    def __new__(mcs, name, bases, ns):
        ns["__bool__"] = _spend
        return super().__new__(mcs, name, bases, ns)


class Budget(metaclass=Spending):
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
