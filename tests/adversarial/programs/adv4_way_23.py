"""json.dumps with a default= encoder that runs asyncio.run for an object in the payload."""

import asyncio
import json

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Ref:
    def __init__(self, w):
        self.w = w


def encode(o):
    return asyncio.run(_fetch(o.w))


def main(topic: str):
    a = ask(topic)
    payload = json.dumps({"q": a, "ref": Ref(topic)}, default=encode)
    b = ask(payload)
    return [a, b]
