"""map() given a bound method of a local object whose method runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Cleaner:
    def clean(self, w):
        return asyncio.run(_fetch(w[:4]))


def main(topic: str):
    cleaner = Cleaner()
    a = ask(topic)
    cleaned = list(map(cleaner.clean, [a, "bats"]))
    b = ask(" ".join(cleaned))
    return [a, b]
