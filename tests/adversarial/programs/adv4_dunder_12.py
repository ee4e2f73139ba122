"""A list comprehension of LM calls over an iterator whose __next__ asks for the running loop."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        try:
            asyncio.get_running_loop()
            return f"async {self.n}"
        except RuntimeError:
            return f"sync {self.n}"


def main(topic: str):
    a = ask(topic)
    replies = [ask(a + s) for s in Countdown(3)]
    return [a, replies]
