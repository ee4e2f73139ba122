"""Sync main whose loop mixes an lm_call with a module counter incremented after an
asyncio.run of a tiny coroutine that prints."""

import asyncio

import autoform as af

CAUSE = "asyncio.run in loop"
ARGS = (["owls", "cats"],)
COUNT = {"n": 0}


async def tick(t):
    print("tick", t)
    COUNT["n"] += 1
    return COUNT["n"]


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((r, asyncio.run(tick(t))))
    return out
