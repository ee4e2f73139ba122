"""The history list is built by a helper that caches lists by name."""

import functools

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)


@functools.cache
def memory_for(key):
    return []


class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.history = memory_for(name[0])

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
    return panel([Assistant("a1"), Assistant("a2")], q)
