"""asyncio.get_event_loop().is_running() picks between nest-style and plain execution."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


def mode():
    try:
        loop = asyncio.get_event_loop()
    except RuntimeError:
        return "fresh"
    return "nested" if loop.is_running() else "idle"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    m = mode()
    return [a, m]
