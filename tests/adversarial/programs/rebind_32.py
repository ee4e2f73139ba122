"""A primitive is patched with an AsyncMock: called from plain code it gives a coroutine."""

import asyncio
from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


@af.primitive
def lookup(q: str) -> str:
    return "db:" + q


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    with mock.patch(f"{__name__}.lookup", new=mock.AsyncMock(return_value="stubbed")):
        r = lookup(a)
        value = asyncio.run(r) if asyncio.iscoroutine(r) else r
    return [a, value]
