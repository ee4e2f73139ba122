"""A helper's parameter defaults to an object whose method runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Service:
    def fetch(self, w):
        return asyncio.run(_fetch(w))


def lookup(w, svc=Service()):  # noqa: B008
    return svc.fetch(w)


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
