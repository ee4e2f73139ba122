"""A method called on each element of a list comprehension runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Source:
    def __init__(self, name):
        self.name = name

    def pull(self, q):
        return asyncio.run(_fetch(self.name + q[:3]))


def main(topic: str):
    sources = [Source("x"), Source("y")]
    a = ask(topic)
    pulled = [s.pull(a) for s in sources]
    b = ask(" ".join(pulled))
    return [a, b]
