"""A parameter annotated with the class is given a subclass whose property prints too."""

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


class Loud(User):
    @property
    def profile(self):
        print("reading", self.name)
        return asyncio.run(_fetch(self.name)) + "!"


def run(user: User, topic: str):
    a = ask(topic)
    b = ask(a + user.profile)
    c = ask(topic + "?")
    return [a, b, c]


def main(topic: str):
    return run(Loud(topic), topic)
