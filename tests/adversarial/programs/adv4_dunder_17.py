"""A descriptor (__get__) on the class runs asyncio.run when the attribute is read."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Remote:
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return asyncio.run(_fetch(obj.name))


class Config:
    value = Remote()

    def __init__(self, name):
        self.name = name


def main(topic: str):
    cfg = Config(topic)
    a = ask(topic)
    b = ask(a + cfg.value)
    return [a, b]
