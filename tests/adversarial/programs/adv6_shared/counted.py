"""A module whose names are made by a module-level __getattr__ (PEP 562), which notes each
name asked for and whether an event loop was running then."""

import asyncio

ASKED = []


def _loop_seen():
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    ASKED.append((name, _loop_seen()))

    def made(w):
        return name + ":" + w[:6]

    return made
