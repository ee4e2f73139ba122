"""`__getattr__` hands every object the same history list."""

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)


SHARED = []


class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name

    def __getattr__(self, attr):
        if attr == "history":
            return SHARED
        raise AttributeError(attr)

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
