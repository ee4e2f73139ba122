"""A sync helper runs a small coroutine of its own with asyncio.run."""

import asyncio

import autoform as af

CAUSE = 13
ARGS = ("pond",)


async def _double(x):
    await asyncio.sleep(0)
    return x * 2


def doubled(x):
    return asyncio.run(_double(x))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return doubled(a)
