"""A counts dict shared through a class-level default that __init__ stores by reference."""

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)


class Assistant:
    defaults: dict = {}  # noqa: RUF012 (the point)

    def __init__(self, name: str) -> None:
        self.name = name
        self.history = []
        self.counts = Assistant.defaults

    def ask(self, user: str) -> str:
        text = f"{self.name}:{len(self.counts)}:{user}"
        reply = af.lm_call([{"role": "user", "content": text}], model="m")
        self.counts[self.name] = reply
        self.history.append(reply)
        return reply


def panel(panelists: list[Assistant], q: str) -> list:
    opinions = {}
    for p in panelists:
        opinions[p.name] = p.ask(q)
    return [opinions, [len(p.history) for p in panelists]]


def main(q: str):
    return panel([Assistant("a"), Assistant("b")], q)
