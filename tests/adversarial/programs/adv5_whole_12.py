"""__eq__ runs asyncio.run (as written); the function reports its own warnings."""

import asyncio
import warnings

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Key:
    def __init__(self, word):
        self.word = word

    def __eq__(self, other):
        return asyncio.run(_fetch(self.word)) == other

    __hash__ = object.__hash__


def main(topic: str):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        a = ask(topic)
        same = Key(a) == "data of " + a[:5]
        warnings.warn("own: " + str(same), stacklevel=1)
        b = ask(str(same))
    return [a, b, [str(w.message) for w in caught if str(w.message).startswith("own")]]
