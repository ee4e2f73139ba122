"""__format__ runs asyncio.run: as written, with a with block and a stop-early loop."""

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


class Doc:
    def __init__(self, word):
        self.word = word

    def __format__(self, spec):
        return asyncio.run(_fetch(self.word))


def main(topic: str):
    out = []
    with contextlib.suppress(ZeroDivisionError):
        for i in range(3):
            a = ask(f"{topic} {i}")
            out.append(f"{Doc(a)}")
            LOG.append(i)
            if i == 1:
                raise ZeroDivisionError(i)
    return out
