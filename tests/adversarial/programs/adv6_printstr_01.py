"""Items of a fanned-out loop print objects whose `__str__` runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "<" + w[:8] + ">"


class Shown:
    def __init__(self, w):
        self.w = w

    def __str__(self):
        return asyncio.run(_fetch(self.w))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for w in [topic, topic + "s", topic + "es"]:
        r = ask(w)
        print("reply", Shown(r))
        out.append(r)
    return out
