"""asyncio.current_task() seen from a helper: None when the function runs as written."""

import asyncio

import autoform as af

CAUSE = 13
ARGS = ("elk",)


def in_task():
    try:
        return asyncio.current_task() is not None
    except RuntimeError:
        return False


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return [a, in_task()]
