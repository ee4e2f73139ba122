"""The module imports asyncio only inside its functions; a sync helper runs asyncio.run."""

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _get(w):
    import asyncio

    await asyncio.sleep(0)
    return "data of " + w[:5]


def lookup(w):
    import asyncio

    return asyncio.run(_get(w))


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
