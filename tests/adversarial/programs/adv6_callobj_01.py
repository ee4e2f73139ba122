"""A module-level callable object whose `__getattr__` runs asyncio.run for any name it
lacks: the sequential call only runs `__call__`."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "fetched " + w


class Tool:
    def __call__(self, text):
        return ask("tool " + text[:6])

    def __getattr__(self, name):
        if name.startswith("__") and name != "__code__":
            raise AttributeError(name)
        LOG.append(asyncio.run(_fetch(name)))
        raise AttributeError(name)


tool = Tool()


def main(q: str):
    a = ask(q)
    b = tool(a)
    c = ask(q + "!")
    return [a, b, c]
