"""Distinct objects given one shared history list through __init__."""

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)


class Assistant:
    pass

    def __init__(self, name: str, history: list) -> None:
        self.name = name
        self.history = history

    def ask(self, user: str) -> str:
        text = f"{self.name}:{len(self.history)}:{user}"
        reply = af.lm_call([{"role": "user", "content": text}], model="m")
        self.history.append((user, reply))
        return reply


def panel(panelists: list[Assistant], q: str) -> list:
    opinions = {}
    for p in panelists:
        opinions[p.name] = p.ask(q)
    return [opinions, [len(p.history) for p in panelists]]


def main(q: str):
    shared = []
    return panel([Assistant("a", shared), Assistant("b", shared)], q)
