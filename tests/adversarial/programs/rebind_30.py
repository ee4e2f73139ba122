"""An async helper run with asyncio.run is patched with an AsyncMock for part of the run."""

import asyncio
from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


async def fetch_doc(word):
    await asyncio.sleep(0)
    return "doc:" + word


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    with mock.patch(f"{__name__}.fetch_doc", new=mock.AsyncMock(return_value="stub doc")):
        doc = asyncio.run(fetch_doc(a))
    real = asyncio.run(fetch_doc(topic))
    return [a, doc, real]
