"""One helper sets an event loop of its own as current; a later helper finds it there."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


_STATE = {}


def setup():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    _STATE["loop"] = loop
    return "ready"


def lookup(w):
    try:
        loop = asyncio.get_event_loop()
    except RuntimeError:
        return "no loop for " + w[:5]
    return loop.run_until_complete(_fetch(w))


def teardown():
    asyncio.set_event_loop(None)
    _STATE.pop("loop").close()


def main(topic: str):
    a = ask(topic)
    setup()
    try:
        b = ask(lookup(a))
    finally:
        teardown()
    return [a, b]
