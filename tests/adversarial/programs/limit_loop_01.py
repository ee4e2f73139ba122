"""A handler chosen with dict.get(...) runs its own event loop (asyncio.run)."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def _remote(word):
    await asyncio.sleep(0)
    return "remote:" + word


def remote(word):
    return asyncio.run(_remote(word))


def local(word):
    return "local:" + word


_HANDLERS = {"remote": remote, "local": local}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    doc = _HANDLERS.get("remote" if a else "local", local)(topic)
    b = af.lm_call([{"role": "user", "content": doc}], model="m")
    return [a, b]
