"""An LM call's argument runs asyncio.run through a local object's method, in a comprehension."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Fetcher:
    def get(self, w):
        return asyncio.run(_fetch(w))


def main(topic: str):
    f = Fetcher()
    a = ask(topic)
    replies = [ask(f.get(w)) for w in [a, "bats", "cats"]]
    return [a, replies]
