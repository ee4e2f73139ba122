"""The method changes another item, its peer, as well as its own object."""

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)


class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.history = []
        self.peer = self

    def ask(self, user: str) -> str:
        text = f"{self.name}:{len(self.history)}:{user}"
        reply = af.lm_call([{"role": "user", "content": text}], model="m")
        self.peer.history.append((user, reply))
        return reply


def panel(panelists: list[Assistant], q: str) -> list:
    opinions = {}
    for p in panelists:
        opinions[p.name] = p.ask(q)
    return [opinions, [len(p.history) for p in panelists]]


def main(q: str):
    a, b = Assistant("a"), Assistant("b")
    a.peer = b
    return panel([a, b], q)
