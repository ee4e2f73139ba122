"""The property runs a loop of its own, read in an f-string inside an f-string."""

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
        loop = asyncio.new_event_loop()
        try:
            return loop.run_until_complete(_fetch(self.name))
        finally:
            loop.close()


def main(topic: str):
    user = User(topic)
    a = ask(topic)
    b = ask(f"{a} {f'<{user.profile}>'}")
    return [a, b]
