"""A helper that ran asyncio.run raises a ValueError carrying its result; the function
catches nothing: type and message must match."""

import asyncio

import autoform as af

CAUSE = "errors"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "checked " + w[:6]


def check(w):
    got = asyncio.run(_fetch(w))
    raise ValueError(got)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(topic + "!")
    check(a)
    return [a, b]
