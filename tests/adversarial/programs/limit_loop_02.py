"""A pipeline of sync stages from a list; one asks whether an event loop runs."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


def inside_loop(text):
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return text + " (sync)"
    return text + " (async)"


_STAGES = [str.strip, inside_loop]


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    out = a
    for k in range(len(_STAGES)):
        out = _STAGES[k](out)
    return [a, out]
