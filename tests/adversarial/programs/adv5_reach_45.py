"""A dict of bound methods is built in the function, one called by subscript."""

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
    handlers = {"fetch": svc.fetch, "up": str.upper}
    a = ask(topic)
    b = ask(handlers["fetch"](a))
    return [a, b]
