"""A comprehension asks the model per topic and a helper with asyncio.run post-processes."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = (["owl", "bat"],)


async def fetch(word):
    await asyncio.sleep(0)
    return word.upper()


def shout(word):
    return asyncio.run(fetch(word))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list[str]):
    return [shout(ask(t)) for t in topics]
