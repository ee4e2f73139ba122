"""mock.patch(...).start() changes a module constant the LM calls read as their model."""

from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)
MODEL = "m"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model=MODEL)
    patcher = mock.patch(f"{__name__}.MODEL", "big")
    patcher.start()
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model=MODEL)
    patcher.stop()
    c = af.lm_call([{"role": "user", "content": topic + "!"}], model=MODEL)
    return [a, b, c]
