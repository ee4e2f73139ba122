"""Agents changing only their own history, with a `__getattribute__` noting each name read
(the sequential loop reads only what the code reads)."""

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)
LOG = []


class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.history: list[tuple[str, str]] = []

    def __getattribute__(self, attr):
        if attr.startswith("__"):
            LOG.append(attr)
        return object.__getattribute__(self, attr)

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
    return panel([Assistant("a"), Assistant("b")], q)
