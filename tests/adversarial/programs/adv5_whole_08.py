"""__str__ runs asyncio.run (as written); the function keeps state in a mutable default."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Doc:
    def __init__(self, word):
        self.word = word

    def __str__(self):
        return asyncio.run(_fetch(self.word))


def main(topic: str, acc=[]):  # noqa: B006
    a = ask(topic)
    acc.append(a)
    b = ask(str(Doc(a)))
    acc.append(b)
    return [a, b]


ACC = main.__defaults__[0]
