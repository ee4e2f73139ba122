"""In a fan-out loop, each reply is added to an object whose __radd__ runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Suffix:
    def __radd__(self, other):
        return other + asyncio.run(_fetch("sfx"))


def main(topics: list):
    sfx = Suffix()
    out = []
    for t in topics:
        r = ask(t)
        out.append(r + sfx)
    return out


ARGS = (["owls", "bats", "cats"],)
