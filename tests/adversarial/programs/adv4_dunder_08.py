"""__contains__ runs asyncio.run: `if a in bag` after a call."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Bag:
    def __init__(self, word):
        self.word = word

    def __contains__(self, item):
        return asyncio.run(_fetch(self.word)) in item


def main(topic: str):
    bag = Bag(topic)
    a = ask(topic)
    if a in bag:  # noqa: SIM108 (an if statement, the point)
        b = ask("yes " + a)
    else:
        b = ask("no " + a)
    return [a, b]
