"""__str__ runs asyncio.run (as written); the function is made by a factory, a closure."""

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


def make(prefix):
    seen = []

    def main(topic: str):
        a = ask(prefix + topic)
        seen.append(a)
        b = ask(str(Doc(a)) + str(len(seen)))
        return [a, b, list(seen)]

    return main


main = make("p-")
