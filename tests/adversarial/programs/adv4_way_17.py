"""A private loop: new_event_loop().run_until_complete in a method of a local object."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Bridge:
    def call(self, w):
        loop = asyncio.new_event_loop()
        try:
            return loop.run_until_complete(_fetch(w[:5]))
        finally:
            loop.close()


def main(topic: str):
    bridge = Bridge()
    a = ask(topic)
    b = ask(bridge.call(a))
    return [a, b]
