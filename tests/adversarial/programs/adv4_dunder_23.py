"""`a in docs` over a list of objects whose __eq__ runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Doc:
    def __init__(self, word):
        self.word = word

    def __eq__(self, other):
        return asyncio.run(_fetch(self.word)) == other

    __hash__ = object.__hash__


def main(topic: str):
    docs = [Doc(topic), Doc("x")]
    a = ask(topic)
    seen = a in docs
    b = ask(f"{a} {seen}")
    return [a, b]
