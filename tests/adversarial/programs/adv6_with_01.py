"""A context manager whose `__enter__` and `__exit__` run asyncio.run, around calls."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


async def _note(s):
    await asyncio.sleep(0)
    return s


class Span:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        LOG.append(asyncio.run(_note("in " + self.name)))
        return self

    def __exit__(self, *exc):
        LOG.append(asyncio.run(_note("out " + self.name)))
        return False


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    with Span("a"):
        a = ask(topic)
        b = ask(topic + "s")
    with Span("b"):
        c = ask(a + b)
    return [a, b, c]
