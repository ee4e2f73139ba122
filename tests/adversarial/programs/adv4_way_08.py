"""sorted(key=lambda) where the lambda calls a method of a local object running asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Ranker:
    def score(self, w):
        return len(asyncio.run(_fetch(w))) % 5 + (ord(w[0]) % 3)


def main(topic: str):
    ranker = Ranker()
    a = ask(topic)
    words = [a, "bats", "cats", "eels"]
    order = sorted(words, key=lambda w: ranker.score(w))
    b = ask(" ".join(order))
    return [a, b]
