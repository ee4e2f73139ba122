"""async main: a coroutine helper is called with a keyword it does not take (TypeError when
the coroutine is made); the first awaited call fails first in the sequential run."""

import autoform as af

CAUSE = "making a coroutine raises"
ARGS = ("owls", "cats")
FAIL = ["owls"]


async def ask(topic):
    return await af.lm_call.acall([{"role": "user", "content": topic}], model="m")


async def main(a: str, b: str):
    ra = await ask(a)
    pending = ask(b, style="brief")
    rb = await pending
    return ra, rb
