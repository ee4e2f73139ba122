"""A dict made by __init__ holds a list; a copy of the dict shares the list."""

import copy

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)


class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.memory = {"log": []}
        self.history = []

    def ask(self, user: str) -> str:
        text = f"{self.name}:{len(self.memory['log'])}:{user}"
        reply = af.lm_call([{"role": "user", "content": text}], model="m")
        self.memory["log"].append(reply)
        self.history.append(reply)
        return reply


def panel(panelists: list[Assistant], q: str) -> list:
    opinions = {}
    for p in panelists:
        opinions[p.name] = p.ask(q)
    return [opinions, [len(p.history) for p in panelists]]


def main(q: str):
    a = Assistant("a")
    b = copy.copy(a)
    b.__dict__.update(name="b", memory=dict(a.memory), history=[])
    return panel([a, b], q)
