"""An object's dict of bound methods; one is called by subscript."""

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
    def __init__(self):
        self.handlers = {"fetch": self.fetch, "up": str.upper}

    def fetch(self, w):
        return asyncio.run(_fetch(w))


def main(topic: str):
    svc = Service()
    a = ask(topic)
    b = ask(svc.handlers["fetch"](a))
    return [a, b]
