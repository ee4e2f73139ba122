"""An async method helper with a failing int check, logging with %d."""

import asyncio
import logging

import autoform as af

CAUSE = "entry check fails in an async method helper"
ARGS = ("owls", "cats", "x")


class W:
    async def noted(self, t, n: int):
        r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", n)
        return r

    async def __call__(self, t, n: int):
        return await self.noted(t + "!", n)


async def amain(a, b, n):
    w = W()
    return await w.noted(a, n), await w(b, n)


def main(a, b, n):
    return asyncio.run(amain(a, b, n))
