"""Async primitive records whether it runs on the same loop each time."""

import autoform as af

CAUSE = "loop identity across primitive calls"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import asyncio

_LOOPS = []


@af.primitive
async def probe(text):
    loop = asyncio.get_running_loop()
    if loop not in _LOOPS:
        _LOOPS.append(loop)
    return text + str(len(_LOOPS))


def main(items):
    out = []
    for x in items:
        out.append(probe(ask(x)))
    return out
