"""An async def pipeline in a TaskGroup: tasks await acall with documents; one fails."""

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


async def one(t):
    return await af.lm_call.acall([{"role": "user", "content": Doc(t)}], model="m")


async def main(topics: list):
    failed = 0
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(one(t)) for t in topics]
    except* RuntimeError as eg:
        failed = len(eg.exceptions)
    if failed:
        return ["failed", failed]
    return [t.result() for t in tasks]
