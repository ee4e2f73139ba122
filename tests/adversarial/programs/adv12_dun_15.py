"""__init_subclass__ of a base copies a spending method onto every subclass as __bool__."""

import autoform as af

CAUSE = "fan-out init_subclass"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Base:
    def spend(self):
        self.n -= 1
        return self.n >= 0

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        for target, source in (("__bool__", "spend"),):
            setattr(cls, target, getattr(cls, source))


class Budget(Base):
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
