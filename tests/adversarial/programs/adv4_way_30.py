"""max() with key= a lambda calling its parameter's method, which runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Cand:
    def __init__(self, w):
        self.w = w

    def weight(self):
        return len(asyncio.run(_fetch(self.w)))


def main(topic: str):
    a = ask(topic)
    best = max([Cand(a), Cand("bat")], key=lambda c: c.weight())
    b = ask(best.w)
    return [a, b]
