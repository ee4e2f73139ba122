"""The property is read by a helper the function calls."""

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

    @property
    def profile(self):
        return asyncio.run(_fetch(self.name))


def describe(u):
    return u.profile


def main(topic: str):
    user = User(topic)
    a = ask(topic)
    b = ask(a + describe(user))
    return [a, b]
