"""Agents whose __init__ makes its own list from a class-level default by `self.mem =
Agent.DEFAULT` (a class attribute list shared by all): ask appends to self.mem."""

import autoform as af

CAUSE = "receivers share class attribute list"
ARGS = ("owls", ["ann", "bob", "cy"])


class Agent:
    DEFAULT = []

    def __init__(self, name):
        self.name = name
        self.mem = Agent.DEFAULT

    def ask(self, q):
        r = af.lm_call(
            [{"role": "user", "content": f"{self.name}: {q} mem={len(self.mem)}"}], model="m"
        )
        self.mem.append(r[-5:])
        return r


def main(q: str, names: list):
    agents = [Agent(n) for n in names]
    out = []
    for a in agents:
        out.append(a.ask(q))
    return out
