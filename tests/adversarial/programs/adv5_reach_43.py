"""__init_subclass__ of a base runs asyncio.run; a subclass is made with type() in the function."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Base:
    tag = ""

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.tag = asyncio.run(_fetch(cls.__name__))


def main(topic: str):
    a = ask(topic)
    Sub = type("Sub" + a[:3].strip("<"), (Base,), {})
    b = ask(Sub.tag)
    return [a, b]
