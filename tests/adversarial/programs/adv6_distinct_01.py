"""Agents change only their own history, so the loop fans out when its items are distinct
objects; one agent holds a tag object whose `__class__` property runs asyncio.run (an
isinstance check of it reads `__class__`)."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


async def _tag(w):
    await asyncio.sleep(0)
    return "tag " + w


class Tag:
    def __init__(self, word):
        self.word = word

    @property
    def __class__(self):
        LOG.append(asyncio.run(_tag(self.word)))
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
    return panel([Assistant("a"), Assistant("b")], q)
