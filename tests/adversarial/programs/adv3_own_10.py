"""`history` is a property returning a list kept on the class."""

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)


class Assistant:
    _store: dict = {}  # noqa: RUF012

    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def history(self):
        return Assistant._store.setdefault("all", [])

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
