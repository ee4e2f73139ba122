"""The property is read by getattr with its name as a string."""

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
    user = User(topic)
    a = ask(topic)
    b = ask(a + getattr(user, "profile"))  # noqa: B009 (the point)
    return [a, b]
