"""An inline lambda that runs asyncio.run is passed as a callback to a plain helper."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


def apply_all(items, fn):
    return [fn(i) for i in items]


def main(topic: str):
    a = ask(topic)
    done = apply_all([a, "bats"], lambda w: asyncio.run(_fetch(w[:4])))
    b = ask(" ".join(done))
    return [a, b]
