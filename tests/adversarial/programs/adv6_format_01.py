"""af.format fills a template with an object whose `__str__` runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "obj " + w


class Obj:
    def __init__(self, word):
        self.word = word

    def __str__(self):
        return asyncio.run(_fetch(self.word))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    p = af.format("Tell me of {} and {}", Obj(topic), a)
    b = af.lm_call([{"role": "user", "content": p}], model="m")
    return [a, b]
