"""A with block whose __enter__ and __exit__ run asyncio.run; calls in the body."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


LOG = []


class Session:
    def __enter__(self):
        LOG.append(asyncio.run(_fetch("open")))
        return self

    def __exit__(self, *exc):
        LOG.append(asyncio.run(_fetch("close")))
        return False


def main(topic: str):
    with Session():
        a = ask(topic)
        b = ask(a + "?")
    return [a, b]
