"""A metaclass at module level, no event loop anywhere: two independent calls."""

import asyncio
import typing

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Registry(type):
    names: typing.ClassVar[list] = []

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.names.append(name)
        return cls


class Tool(metaclass=Registry):
    pass


def main(topic: str):
    a = ask(topic)
    b = ask(topic + "?")
    return [a, b, Registry.names]
