"""Class instance with history; run() loops and appends to self.history."""

import autoform as af

CAUSE = "method mutating self in loop"
ARGS = (["owls", "cats", "dogs"],)


class Agent:
    def __init__(self):
        self.history = []

    def step(self, t):
        r = af.lm_call([{"role": "user", "content": f"{t} after {len(self.history)}"}], model="m")
        self.history.append(r)
        return r


def main(items: list):
    a = Agent()
    for t in items:
        a.step(t)
    return a.history
