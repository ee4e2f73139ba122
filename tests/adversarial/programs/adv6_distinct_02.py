"""Agents that change only their own history fan out when distinct; a held tag's
`__class__` property only counts its reads (the sequential loop never asks for it)."""

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)
LOG = []


class Tag:
    def __init__(self, word):
        self.word = word

    @property
    def __class__(self):
        LOG.append("class of " + self.word)
        return Tag


class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.tag = Tag(name)
        self.history: list[tuple[str, str]] = []

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
    return panel([Assistant("a"), Assistant("b"), Assistant("c")], q)
