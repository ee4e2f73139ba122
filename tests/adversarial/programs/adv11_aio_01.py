"""A helper runs a small coroutine with asyncio.run to fetch a header before asking."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _header(t):
    await asyncio.sleep(0)
    return "H:" + t


def ask(q):
    h = asyncio.run(_header(q))
    return af.lm_call([{"role": "user", "content": f"{h} {q}"}], model="m")


def main(topic: str):
    return [ask(topic), ask(topic + "s")]
