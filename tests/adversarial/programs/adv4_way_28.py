"""Between two calls, a try on get_running_loop in the function picks a plain value."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


def main(topic: str):
    a = ask(topic)
    try:
        asyncio.get_running_loop()
        mode = "async"
    except RuntimeError:
        mode = "sync"
    b = ask(f"{mode}: {a}")
    return [a, b]
