"""A fanned-out loop collects its replies into a dict keyed by items whose `__hash__`
runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _h(w):
    await asyncio.sleep(0)
    return len(w)


class Key:
    def __init__(self, word):
        self.word = word

    def __hash__(self):
        return asyncio.run(_h(self.word))

    def __eq__(self, other):
        return isinstance(other, Key) and other.word == self.word


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    keys = [Key(topic), Key(topic + "!"), Key(topic + "?")]
    found = {}
    for k in keys:
        found[k] = ask(k.word)
    return sorted(found.values())
