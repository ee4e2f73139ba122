"""A staticmethod of a small SDK-like class wraps asyncio.run."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "doc:" + word


class Docs:
    @staticmethod
    def get(word):
        return asyncio.run(fetch(word))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return [a, Docs.get(a)]
