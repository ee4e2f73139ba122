"""`acc += a` where the accumulator's __iadd__ runs asyncio.run to store each piece."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Acc:
    def __init__(self):
        self.parts = []

    def __iadd__(self, text):
        self.parts.append(asyncio.run(_fetch(text[:5])))
        return self


def main(topic: str):
    acc = Acc()
    a = ask(topic)
    acc += a
    b = ask(" ".join(acc.parts))
    return [a, b]
