"""sniffio.current_async_library in a method of a local object: 'no library' as written."""

import asyncio

import sniffio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Env:
    def library(self):
        try:
            return sniffio.current_async_library()
        except sniffio.AsyncLibraryNotFoundError:
            return "none"


def main(topic: str):
    env = Env()
    a = ask(topic)
    b = ask(a + env.library())
    return [a, b]
