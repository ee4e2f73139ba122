"""A helper returns an object, then its method runs asyncio.run (`make().get(q)`)."""

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


def make_client():
    return Client()


def main(topic: str):
    client = make_client()
    a = ask(topic)
    b = ask(client.get(a))
    return [a, b]
