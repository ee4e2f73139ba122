"""An async def pipeline gathers acall coroutines with documents itself; one fails."""

import asyncio

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "bad", "dogs"],)
FAIL = ["bad"]
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text)
        return self.text

    __repr__ = __str__


async def main(topics: list):
    coros = [af.lm_call.acall([{"role": "user", "content": Doc(t)}], model="m") for t in topics]
    got = await asyncio.gather(*coros, return_exceptions=True)
    return [g if isinstance(g, str) else type(g).__name__ for g in got]
