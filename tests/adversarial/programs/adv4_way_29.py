"""A with-statement of contextlib.contextmanager whose generator runs asyncio.run on enter."""

import asyncio
import contextlib

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


LOG = []


@contextlib.contextmanager
def session(name):
    LOG.append(asyncio.run(_fetch(name)))
    yield name
    LOG.append("closed")


def main(topic: str):
    with session(topic) as s:
        a = ask(s)
    b = ask(a + "!")
    return [a, b]
