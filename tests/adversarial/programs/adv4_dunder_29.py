"""The loop's iterable is a reply wrapped in an object whose __iter__ asks for the running loop."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Words:
    def __init__(self, text):
        self.text = text

    def __iter__(self):
        try:
            asyncio.get_running_loop()
            return iter(["async"])
        except RuntimeError:
            return iter(self.text.split(":"))


def main(topic: str):
    a = ask(topic)
    out = []
    for w in Words(a):
        out.append(ask(w))
    return [a, out]
