"""A method of an object stored in a dict runs asyncio.run: `tools[name].run(q)`."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Tool:
    def run(self, q):
        return asyncio.run(_fetch(q[:5]))


def main(topic: str):
    tools = {"search": Tool()}
    a = ask(topic)
    b = ask(tools["search"].run(a))
    return [a, b]
