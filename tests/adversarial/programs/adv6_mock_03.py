"""mock.patch rebinds the primitive's module-level name, inside the function, to a
callable object whose `__getattr__` notes what it is asked for and whether a loop runs."""

import asyncio
from unittest import mock

import autoform as af
from autoform import lm_call

CAUSE = "patched"
ARGS = ("owls",)
LOG = []


def _loop_seen():
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class Stub:
    def __call__(self, messages, model):
        return af.lm_call(
            [{"role": "user", "content": "stub " + messages[-1]["content"]}], model=model
        )

    def __getattr__(self, name):
        LOG.append((name, _loop_seen()))
        raise AttributeError(name)


def main(topic: str):
    a = lm_call([{"role": "user", "content": topic}], model="m")
    with mock.patch(__name__ + ".lm_call", Stub()):
        b = lm_call([{"role": "user", "content": a}], model="m")
    c = lm_call([{"role": "user", "content": topic + "s"}], model="m")
    return [a, b, c]
