"""Agent class whose step reads its own history length into the next prompt."""

import autoform as af

CAUSE = "method state chained through self"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



class Agent:
    def __init__(self):
        self.history = []

    def step(self, x):
        r = ask(f"{x} after {len(self.history)}")
        self.history.append(r)
        return r

    def __repr__(self):
        return "Agent()"


def main(items):
    ag = Agent()
    out = [ag.step(x) for x in items]
    return out, ag.history
