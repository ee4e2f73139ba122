"""A metaclass's __call__ runs asyncio.run when a class of it is called."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Meta(type):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.extra = asyncio.run(_fetch(obj.word))
        return obj


class Doc(metaclass=Meta):
    def __init__(self, word):
        self.word = word


def main(topic: str):
    a = ask(topic)
    d = Doc(a)
    b = ask(d.extra)
    return [a, b]
