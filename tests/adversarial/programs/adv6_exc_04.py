"""A loop walks a user iterator whose `__next__` runs asyncio.run and then ends with
StopIteration; a second, bare next() with a default afterwards."""

import asyncio

import autoform as af

CAUSE = "stopiteration"
ARGS = ("owls",)


async def _w(k):
    await asyncio.sleep(0)
    return "w" + str(k)


class Two:
    def __init__(self):
        self.k = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.k += 1
        if self.k > 2:
            raise StopIteration("done " + asyncio.run(_w(self.k)))
        return asyncio.run(_w(self.k))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    it = Two()
    out = [ask(topic + w) for w in it]
    out.append(next(it, "end"))
    return out
