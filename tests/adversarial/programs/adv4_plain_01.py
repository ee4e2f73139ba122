"""Precision: a pure __str__/__add__/__eq__ class used every way a loop-bound one is."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Tag:
    def __init__(self, w):
        self.w = w

    def __str__(self):
        return "tag:" + self.w

    def __add__(self, other):
        return str(self) + other

    def __eq__(self, other):
        return str(self) == other

    __hash__ = object.__hash__


def main(topic: str):
    tag = Tag(topic)
    a = ask(topic)
    s = str(tag)
    b = ask(tag + a)
    c = ask(f"{s} {tag == a}")
    return [a, b, c]
