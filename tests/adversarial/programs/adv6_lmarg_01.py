"""A message's content is an object whose `__str__` and `__repr__` run asyncio.run: the
client serialises it (with no loop in the sequential run)."""

import asyncio

import autoform as af

CAUSE = "client"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "doc " + w


class Doc:
    def __init__(self, word):
        self.word = word

    def __str__(self):
        return asyncio.run(_fetch(self.word))

    __repr__ = __str__


def main(q: str):
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    b = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    return [a, b]
