"""A fanned-out loop walks a user iterator whose `__next__` runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _word(k):
    await asyncio.sleep(0)
    return "w" + str(k)


class Words:
    def __init__(self, n):
        self.n = n
        self.k = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.k >= self.n:
            raise StopIteration
        self.k += 1
        return asyncio.run(_word(self.k))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for w in Words(3):
        out.append(ask(topic + w))
    return out
