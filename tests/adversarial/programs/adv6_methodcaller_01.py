"""operator.methodcaller names a method running asyncio.run; applied in a fanned-out
loop's items."""

import asyncio
import operator

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "mc " + w[:5]


class Doc:
    def __init__(self, w):
        self.w = w

    def expand(self):
        return asyncio.run(_fetch(self.w))


EXPAND = operator.methodcaller("expand")


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for d in [Doc(topic), Doc(topic + "s")]:
        out.append(ask(EXPAND(d)))
    return out
