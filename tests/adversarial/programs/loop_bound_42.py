"""A property that fetches with asyncio.run on first access, read between two calls."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "profile of " + word


class User:
    def __init__(self, name):
        self.name = name
        self._profile = None

    @property
    def profile(self):
        if self._profile is None:
            self._profile = asyncio.run(fetch(self.name))
        return self._profile


def main(topic: str):
    user = User(topic)
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": a + " / " + user.profile}], model="m")
    return b
