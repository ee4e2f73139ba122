"""An object's method is bound to a local name first (`get = client.get`) and called later."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Client:
    def get(self, q):
        return asyncio.run(_fetch(q[:5]))


def main(topic: str):
    client = Client()
    get = client.get
    a = ask(topic)
    b = ask(get(a))
    return [a, b]
