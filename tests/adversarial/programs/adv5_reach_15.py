"""A helper detects the async library with sniffio, imported under another name."""

import asyncio

import sniffio
from sniffio import current_async_library as detect

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def mode():
    try:
        return detect()
    except sniffio.AsyncLibraryNotFoundError:
        return "sync"


def main(topic: str):
    a = ask(topic)
    b = ask(a + " in " + mode())
    return [a, b]
