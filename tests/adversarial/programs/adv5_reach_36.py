"""A method of a user object is read with getattr and a computed name, then called."""

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


VERB = "fe"


def main(topic: str):
    svc = Service()
    a = ask(topic)
    b = ask(getattr(svc, VERB + "tch")(a))
    return [a, b]
