"""A lazily fetched document whose __str__ runs asyncio.run; it is formatted into a prompt."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "doc about " + word


class LazyDoc:
    def __init__(self, word):
        self.word = word

    def __str__(self):
        return asyncio.run(fetch(self.word))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    doc = LazyDoc(topic)
    b = af.lm_call([{"role": "user", "content": f"{a} using {doc}"}], model="m")
    return b
