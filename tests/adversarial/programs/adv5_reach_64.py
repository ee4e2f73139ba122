"""A loop-running method is read and then called through its __call__."""

import asyncio

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
    b = ask(svc.fetch.__call__(a))
    return [a, b]
