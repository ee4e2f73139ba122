"""len() of an object whose __len__ runs asyncio.run, between two calls."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Page:
    def __init__(self, word):
        self.word = word

    def __len__(self):
        return len(asyncio.run(_fetch(self.word)))


def main(topic: str):
    page = Page(topic)
    a = ask(topic)
    n = len(page)
    b = ask(f"{a} {n}")
    return [a, b]
