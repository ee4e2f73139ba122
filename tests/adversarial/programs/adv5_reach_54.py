"""A comprehension applies each function of a module-level tuple; a lambda runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


_FUNCS = (str.strip, lambda w: asyncio.run(_fetch(w)))


def main(topic: str):
    a = ask(topic)
    outs = [f(a) for f in _FUNCS]
    b = ask(outs[-1])
    return [a, b]
