"""The items come from a generator that names the second after the first's history."""

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


def panel(panelists, q: str) -> list:
    opinions = {}
    for p in panelists:
        opinions[p.name] = p.ask(q)
    return opinions


def team():
    a = Assistant("a")
    yield a
    yield Assistant(f"b{len(a.history)}")


def main(q: str):
    return panel(team(), q)
