"""functools.partial of a loop-running method, called at once."""

import asyncio
import functools

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


def main(topic: str):
    svc = Service()
    a = ask(topic)
    b = ask(functools.partial(svc.fetch, a)())
    return [a, b]
