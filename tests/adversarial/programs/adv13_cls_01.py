"""A property reads state another step changes: `Session.budget_left` depends on how many
calls were made; each prompt quotes it."""

import autoform as af

CAUSE = "property reads changed state"
ARGS = (["owls", "cats", "dogs"],)


class Session:
    def __init__(self, budget):
        self.budget = budget
        self.used = 0

    @property
    def budget_left(self):
        return self.budget - self.used

    def ask(self, text):
        self.used += len(text) % 3 + 1
        return af.lm_call([{"role": "user", "content": text}], model="m")


def main(items: list):
    s = Session(10)
    out = []
    for t in items:
        out.append(s.ask(f"{t} (left {s.budget_left})"))
    return out, s.budget_left
