"""An async helper with an int-annotated parameter given a str logs with %d."""

import asyncio
import logging

import autoform as af

CAUSE = "entry check fails in an async helper"
ARGS = ("owls", "cats", "x")


async def noted(t, n: int):
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    return r


async def other(t):
    r = await af.lm_call.acall([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


async def amain(a, b, n):
    return await noted(a, n), await other(a), await noted(b, n), await other(b)


def main(a, b, n):
    return asyncio.run(amain(a, b, n))
