"""The property is read in an f-string after a call, and its object is rebound between."""

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


class Plain:
    def __init__(self, name):
        self.profile = "plain " + name


def main(topic: str):
    user = Plain(topic)
    a = ask(topic)
    if "owl" in a:
        user = User(topic)
    b = ask(f"{a} {user.profile}")
    return [a, b]
