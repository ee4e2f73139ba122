"""A fanned-out loop walks a list literal of objects the function made; once the loop is
done nothing holds them, and each one's `__del__` notes whether a loop runs."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


class Item:
    def __init__(self, word):
        self.word = word

    def __del__(self):
        try:
            asyncio.get_running_loop()
            LOG.append("loop")
        except RuntimeError:
            LOG.append("no loop")


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for it in [Item(topic), Item(topic + "s")]:
        out.append(ask(it.word))
    del it
    return out, list(LOG)
