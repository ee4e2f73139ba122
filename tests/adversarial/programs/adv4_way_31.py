"""An lru_cache-d helper running asyncio.run, called on each reply of a fan-out loop."""

import asyncio
import functools

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


@functools.cache
def load(w):
    return asyncio.run(_fetch(w[:4]))


def main(topics: list):
    out = []
    for t in topics:
        r = ask(t)
        out.append(ask(load(r)))
    return out


ARGS = (["owls", "bats", "owls"],)
