"""An async def pipeline awaits a def helper that calls the LM twice; the helper itself
asks for the running loop (there, as written: it runs in the pipeline's loop)."""

import asyncio

import autoform as af

CAUSE = "async"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def seen():
    try:
        asyncio.get_running_loop()
        return "loop"
    except RuntimeError:
        return "none"


def helper(t):
    x = ask(t)
    s = seen()
    y = ask(t + s)
    return [x, y, s]


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    h = helper(a)
    return [a, h]
