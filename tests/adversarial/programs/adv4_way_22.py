"""operator.attrgetter reads a property running asyncio.run on each of two objects."""

import asyncio
import operator

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class User:
    def __init__(self, name):
        self.name = name

    @property
    def profile(self):
        return asyncio.run(_fetch(self.name))


def main(topic: str):
    users = [User(topic), User("bats")]
    a = ask(topic)
    profiles = list(map(operator.attrgetter("profile"), users))
    b = ask(a + " ".join(profiles))
    return [a, b]
