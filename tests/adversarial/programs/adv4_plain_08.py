"""Precision: a pure descriptor and a pure generator method feed a fan-out."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Upper:
    def __get__(self, obj, owner=None):
        return self if obj is None else obj.raw.upper()


class Note:
    text = Upper()

    def __init__(self, raw):
        self.raw = raw

    def words(self):
        yield from self.raw.split()


def main(topic: str):
    note = Note(topic + " bats")
    a = ask(note.text)
    out = [ask(w) for w in note.words()]
    return [a, out]
