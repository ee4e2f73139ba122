"""Pipeline classes with inheritance: the base's run loops over items calling self.step,
the subclass overrides step to also record into self.trace and calls super()."""

import autoform as af

CAUSE = "inheritance override step"
ARGS = (["owls", "cats", "dogs"],)


class Base:
    def __init__(self):
        self.trace = []

    def step(self, t):
        return af.lm_call([{"role": "user", "content": t}], model="m")

    def run(self, items):
        return [self.step(t) for t in items]


class Traced(Base):
    def step(self, t):
        self.trace.append(f"before {t} ({len(self.trace)})")
        r = super().step(t + str(len(self.trace)))
        self.trace.append(f"after {t}")
        return r


def main(items: list):
    p = Traced()
    out = p.run(items)
    return out, p.trace
