"""A nested def calls asyncio.get_running_loop() to choose a mode."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


def main(topic: str):
    def mode():
        try:
            asyncio.get_running_loop()
            return "async"
        except RuntimeError:
            return "sync"

    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": mode()}], model="m")
    return [a, b, mode()]
