"""unittest.mock.patch rebinds a helper, inside the function, to one that runs
asyncio.run."""

import asyncio
import sys
from unittest import mock

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "patched " + w[:5]


def clean(w):
    return w.strip()


def loud_clean(w):
    return asyncio.run(_fetch(w))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(clean(topic))
    with mock.patch.object(sys.modules[__name__], "clean", loud_clean):
        b = ask(clean(a))
        c = ask(clean(topic + "s"))
    return [a, b, c]
