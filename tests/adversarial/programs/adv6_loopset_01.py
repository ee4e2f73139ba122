"""A helper makes a new loop current (set_event_loop) and runs on it; a later helper finds
it with get_event_loop, runs on it again, then closes it."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "got " + w[:6]


def open_loop(w):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    return loop.run_until_complete(_fetch(w))


def again(w):
    loop = asyncio.get_event_loop()
    try:
        return loop.run_until_complete(_fetch(w))
    finally:
        loop.close()
        asyncio.set_event_loop(None)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(open_loop(a))
    c = ask(again(b))
    return [a, b, c]
