"""A descriptor's __set_name__ installs the owner's __bool__ through the owner's __dict__
machinery (type.__setattr__)."""

import autoform as af

CAUSE = "fan-out set_name"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Spends:
    def __set_name__(self, owner, name):
        type.__setattr__(owner, "__bool__", owner.spend)

    def __get__(self, obj, objtype=None):
        return self


class Budget:
    marker = Spends()

    def __init__(self, n):
        self.n = n

    def spend(self):
        self.n -= 1
        return self.n >= 0


def main(topics: list):
    budget = Budget(2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
