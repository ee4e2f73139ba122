"""`__getattr__` running an event loop for a missing attribute."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "profile of " + w


class User:
    def __init__(self, name):
        self.name = name

    def __getattr__(self, attr):
        if attr == "profile":
            return asyncio.run(_fetch(self.name))
        raise AttributeError(attr)


def main(topic: str):
    user = User(topic)
    a = ask(topic)
    b = ask(a + user.profile)
    return [a, b]
