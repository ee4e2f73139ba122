"""A dataclass field's default_factory runs asyncio.run when the object is made."""

import asyncio
import dataclasses

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def _default():
    return asyncio.run(_fetch("default"))


@dataclasses.dataclass
class Doc:
    word: str
    extra: str = dataclasses.field(default_factory=_default)


def main(topic: str):
    a = ask(topic)
    d = Doc(a)
    b = ask(d.word + d.extra)
    return [a, b]
