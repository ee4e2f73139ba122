"""A method of an attribute of a local object (`app.client.get`) runs asyncio.run."""

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


class App:
    def __init__(self):
        self.client = Client()


def main(topic: str):
    app = App()
    a = ask(topic)
    b = ask(app.client.get(a))
    return [a, b]
