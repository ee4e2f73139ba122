"""A loop-running helper leaves a loop it made as current; the function asks for it later."""

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


def start(w):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    _STATE["loop"] = loop
    return loop.run_until_complete(_fetch(w))


def same_loop():
    try:
        return asyncio.get_event_loop() is _STATE["loop"]
    except RuntimeError:
        return False


def main(topic: str):
    a = ask(topic)
    b = ask(start(a))
    same = same_loop()
    asyncio.set_event_loop(None)
    _STATE.pop("loop").close()
    return [a, b, same]
