"""A dataclass with eq (unhashable) as the item class."""

from dataclasses import dataclass, field

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)


@dataclass
class Assistant:
    name: str
    history: list = field(default_factory=list)

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
    a = Assistant("a")
    return panel([a, Assistant("a"), a], q)
