"""mock.patch rebinds af.lm_call itself to a function of the user's that runs asyncio.run
and then calls the real one."""

import asyncio
from unittest import mock

import autoform as af

CAUSE = "patched"
ARGS = ("owls",)
_REAL = af.lm_call


async def _tag(w):
    await asyncio.sleep(0)
    return "tagged "


def tagged_call(messages, model):
    pre = asyncio.run(_tag(model))
    return _REAL([{"role": "user", "content": pre + messages[-1]["content"]}], model=model)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    with mock.patch.object(af, "lm_call", tagged_call):
        b = af.lm_call([{"role": "user", "content": a}], model="m")
        c = af.lm_call([{"role": "user", "content": topic + "s"}], model="m")
    return [a, b, c]
