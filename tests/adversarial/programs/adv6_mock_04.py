"""A helper patched, inside the function, with a Mock whose side_effect runs asyncio.run;
the function returns the mock's record of calls."""

import asyncio
import sys
from unittest import mock

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "mocked " + w[:5]


def clean(w):
    return w.strip()


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    fake = mock.Mock(side_effect=lambda w: asyncio.run(_fetch(w)))
    with mock.patch.object(sys.modules[__name__], "clean", fake):
        b = ask(clean(a))
    c = ask(clean(topic))
    return [a, b, c, [str(x) for x in fake.mock_calls]]
