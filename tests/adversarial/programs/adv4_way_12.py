"""A method of a parameter object (no annotation) runs asyncio.run; the object is an ARG."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Search:
    def find(self, q):
        return asyncio.run(_fetch(q[:5]))


ARGS = (Search(), "owls")


def main(engine, topic: str):
    a = ask(topic)
    b = ask(engine.find(a))
    return [a, b]
