"""An async def pipeline meets a __str__ that runs asyncio.run: it fails in both."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Doc:
    def __init__(self, word):
        self.word = word

    def __str__(self):
        try:
            return asyncio.run(_fetch(self.word))
        except RuntimeError as e:
            return "refused: " + str(e)[:30]


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    b = await af.lm_call.acall([{"role": "user", "content": str(Doc(a))}], model="m")
    return [a, b]
