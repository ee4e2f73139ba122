"""A comprehension that asks the model with a prompt naming the running mode."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = (["owl", "bat"],)


def mode():
    try:
        asyncio.get_running_loop()
        return "async"
    except RuntimeError:
        return "sync"


def main(topics: list[str]):
    return [af.lm_call([{"role": "user", "content": t + mode()}], model="m") for t in topics]
