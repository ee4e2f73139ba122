"""A contextlib.contextmanager generator runs asyncio.run as it is entered."""

import asyncio
import contextlib

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


LOG = []


@contextlib.contextmanager
def session(w):
    LOG.append(asyncio.run(_fetch(w)))
    yield w
    LOG.append("closed")


def main(topic: str):
    a = ask(topic)
    with session(a) as s:
        b = ask(s + "!")
    return [a, b]
