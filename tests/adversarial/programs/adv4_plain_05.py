"""Precision: pure __iter__, __len__, __contains__, __bool__ of a local object in a fan-out."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def __bool__(self):
        return bool(self.items)


def main(topic: str):
    bag = Bag([topic, "bats"])
    out = []
    if bag:
        for w in bag:
            out.append(ask(w))
    return [out, len(bag), "bats" in bag]
