"""The function itself asks for the running loop in a try, between two calls."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        asyncio.get_running_loop()
        where = "inside a loop"
    except RuntimeError:
        where = "no loop"
    b = af.lm_call([{"role": "user", "content": where}], model="m")
    return [a, b]
