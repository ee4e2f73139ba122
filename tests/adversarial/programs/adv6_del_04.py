"""Objects a fanned-out loop walks carry weakref.finalize callbacks that note whether a
loop runs when they are freed."""

import asyncio
import weakref

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


class Item:
    def __init__(self, word):
        self.word = word


def _gone(word):
    try:
        asyncio.get_running_loop()
        LOG.append("loop " + word)
    except RuntimeError:
        LOG.append("no loop " + word)


def make(word):
    it = Item(word)
    weakref.finalize(it, _gone, word)
    return it


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for it in [make(topic), make(topic + "s")]:
        out.append(ask(it.word))
    return out
