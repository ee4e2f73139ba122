"""An item whose history is a list another item's attribute holds (a wrapper around it)."""

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


class Wrapper(Assistant):
    def __init__(self, inner: Assistant) -> None:
        super().__init__("w" + inner.name)
        self.inner = inner

    def ask(self, user: str) -> str:
        reply = super().ask(user)
        self.inner.history.append(("via", reply))
        return reply


def panel(panelists: list[Assistant], q: str) -> list:
    opinions = {}
    for p in panelists:
        opinions[p.name] = p.ask(q)
    return [opinions, [len(p.history) for p in panelists]]


def main(q: str):
    a = Assistant("a")
    return panel([Wrapper(a), a], q)
