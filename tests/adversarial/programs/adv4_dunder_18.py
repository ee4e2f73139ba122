"""A data descriptor whose __set__ runs asyncio.run, stored after a call."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


LOG = []


class Saved:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.name, "")

    def __set__(self, obj, value):
        LOG.append(asyncio.run(_fetch(value[:5])))
        setattr(obj, self.name, value)


class Record:
    text = Saved()


def main(topic: str):
    rec = Record()
    a = ask(topic)
    rec.text = a
    b = ask(rec.text + "!")
    return [a, b]
