"""A helper returns a loop-running bound method, called at once: pick()(x)."""

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


def pick():
    return Service().fetch


def main(topic: str):
    a = ask(topic)
    b = ask(pick()(a))
    return [a, b]
