"""A module whose names are made by a module-level __getattr__ (PEP 562): each a function
running asyncio.run, and the asking itself runs asyncio.run too."""

import asyncio


async def _fetch(w):
    await asyncio.sleep(0)
    return "lazy " + w[:5]


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    prefix = asyncio.run(_fetch(name))

    def made(w):
        return prefix + ":" + asyncio.run(_fetch(w))

    return made
