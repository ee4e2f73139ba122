"""SystemExit raised by a helper after an asyncio.run, with calls in flight beside it."""

import asyncio

import autoform as af

CAUSE = "errors"
ARGS = ("owls",)


async def _code(w):
    await asyncio.sleep(0)
    return len(w)


def bail(w):
    raise SystemExit(asyncio.run(_code(w)))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(topic + "?")
    bail(a)
    return [a, b]
