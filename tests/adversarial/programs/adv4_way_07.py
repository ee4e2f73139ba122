"""A generator whose body runs asyncio.run, consumed by a list comprehension of calls."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


def chunks(word):
    for part in word.split():
        yield asyncio.run(_fetch(part))


def main(topic: str):
    a = ask(topic)
    replies = [ask(c) for c in chunks(a + " bats")]
    return [a, replies]
