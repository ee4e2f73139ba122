"""An object formatted into a prompt asks whether an event loop runs (its __format__)."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


class Stamp:
    def __format__(self, spec):
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return "sync"
        return "async"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    stamp = Stamp()
    b = af.lm_call([{"role": "user", "content": f"{topic} at {stamp}"}], model="m")
    return [a, b]
