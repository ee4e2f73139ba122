"""The property's loop fails: its error must come in program order."""

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
        async def boom():
            raise ValueError("no profile for " + self.name)

        return asyncio.run(boom())


def main(topic: str):
    user = User(topic)
    a = ask(topic)
    print("asked", a)
    b = ask(a + user.profile)
    return [a, b]
