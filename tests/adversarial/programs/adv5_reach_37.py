"""operator.methodcaller with a name held in a module constant calls a loop-running method."""

import asyncio
import operator

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Service:
    def fetch(self, w):
        return asyncio.run(_fetch(w))


NAME = "fetch"


def main(topic: str):
    svc = Service()
    a = ask(topic)
    b = ask(operator.methodcaller(NAME, a)(svc))
    return [a, b]
