"""Agents share a dict of counts through `self.counts = counts or {}` where main passes one
dict to all; ask bumps the shared dict and quotes its total."""

import autoform as af

CAUSE = "receivers share dict via or-default"
ARGS = ("owls", ["ann", "bob", "cy"])


class Agent:
    def __init__(self, name, counts=None):
        self.name = name
        self.counts = counts or {}

    def ask(self, q):
        r = af.lm_call(
            [{"role": "user", "content": f"{self.name}: {q} total={sum(self.counts.values())}"}],
            model="m",
        )
        self.counts[self.name] = len(r)
        return r


def main(q: str, names: list):
    pool = {"seed": 1}
    agents = [Agent(n, pool) for n in names]
    return [a.ask(q) for a in agents], pool
