"""A helper asks whether an event loop is running, and picks a mode from the answer."""

import asyncio

import autoform as af

CAUSE = 13
ARGS = ("river",)


def mode():
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return "sync"
    return "async"


def main(topic: str):
    m = mode()
    return af.lm_call([{"role": "user", "content": f"[{m}] {topic}"}], model="m")
