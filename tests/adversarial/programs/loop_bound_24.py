"""A dispatch table of sync fetchers, one of which runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "web:" + word


def from_web(word):
    return asyncio.run(fetch(word))


def from_cache(word):
    return "cache:" + word


_SOURCES = {"web": from_web, "cache": from_cache}


def main(topic: str):
    kind = af.lm_call([{"role": "user", "content": topic}], model="m")
    source = "web" if "owl" in kind else "cache"
    doc = _SOURCES[source](topic)
    return af.lm_call([{"role": "user", "content": doc}], model="m")
