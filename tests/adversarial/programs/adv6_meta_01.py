"""A helper making LM calls reads a class property defined on a metaclass, which runs
asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


async def _fetch(w):
    await asyncio.sleep(0)
    return "prompt for " + w


class Meta(type):
    @property
    def prompt(cls):
        LOG.append("prompt read")
        return asyncio.run(_fetch(cls.__name__))


class Cfg(metaclass=Meta):
    pass


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def helper(t):
    x = ask(Cfg.prompt + t)
    y = ask(t + "?")
    return [x, y]


def main(topic: str):
    a = ask(topic)
    return [a, helper(a)]
