"""A loop over topics: each item asks, then runs a coroutine through a sync helper."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = (["owl", "bat", "cat"],)


async def fetch(word):
    await asyncio.sleep(0)
    return len(word)


def size(word):
    return asyncio.run(fetch(word))


def main(topics: list[str]):
    out = []
    for t in topics:
        reply = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((reply, size(reply)))
    return out
