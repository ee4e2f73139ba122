"""A helper that runs a private event loop with run_until_complete."""

import asyncio

import autoform as af

CAUSE = 13
ARGS = ("hill",)


async def _tick():
    return "tick"


def tick():
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(_tick())
    finally:
        loop.close()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return a + tick()
