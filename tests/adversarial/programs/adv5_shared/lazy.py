"""A module whose names are handed out by a module-level __getattr__ (PEP 562)."""

import asyncio


async def _fetch(w):
    await asyncio.sleep(0)
    return "lazy " + w[:5]


def __getattr__(name):
    if name.startswith("fetch_"):
        return lambda w: asyncio.run(_fetch(w))
    raise AttributeError(name)
