"""setattr with a string name makes two objects share one history list."""

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)


class Assistant:
    pass

    def __init__(self, name: str) -> None:
        self.name = name
        self.history = []

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
    a, b = Assistant("a"), Assistant("b")
    setattr(b, "hist" + "ory", a.history)
    return panel([a, b], q)
