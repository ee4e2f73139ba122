"""The property is read in a list comprehension over users."""

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


def main(topic: str):
    users = [User(topic), User(topic + "2")]
    a = ask(topic)
    b = ask(a + " ".join([u.profile for u in users]))
    return [a, b]
