"""A loop kept as a class attribute; a method runs a coroutine on it."""

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
    loop = asyncio.new_event_loop()

    def get(self, w):
        return self.loop.run_until_complete(_fetch(w))


def main(topic: str):
    svc = Service()
    a = ask(topic)
    b = ask(svc.get(a))
    return [a, b]
