"""A property running an event loop reads a global the function changed before."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "profile of " + w


PREFIX = "a"


class User:
    def __init__(self, name):
        self.name = name

    @property
    def profile(self):
        return asyncio.run(_fetch(PREFIX + self.name))


def main(topic: str):
    global PREFIX
    user = User(topic)
    a = ask(topic)
    PREFIX = a[:4]
    b = ask(user.profile)
    return [a, b]
