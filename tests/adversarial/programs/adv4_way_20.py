"""In a fan-out loop, each item goes through a method of a local object running asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Enricher:
    def enrich(self, w):
        return asyncio.run(_fetch(w[:6]))


def main(topics: list):
    e = Enricher()
    out = []
    for t in topics:
        r = ask(t)
        out.append(ask(e.enrich(r)))
    return out


ARGS = (["owls", "bats", "cats"],)
