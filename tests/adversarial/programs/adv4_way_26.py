"""A staticmethod reached through an instance (`obj.helper(x)`) runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Util:
    @staticmethod
    def fetch(w):
        return asyncio.run(_fetch(w[:5]))


def main(topic: str):
    util = Util()
    a = ask(topic)
    b = ask(util.fetch(a))
    return [a, b]
