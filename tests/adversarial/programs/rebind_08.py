"""A mock with a side effect that logs stands in for a pure helper, started with .start()."""

from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)
LOG = []


def clean(s):
    return s.strip("<>")


def record(s):
    LOG.append("clean " + s)
    return s


def main(topic: str):
    patcher = mock.patch(f"{__name__}.clean", side_effect=record)
    patcher.start()
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": topic + "2"}], model="m")
    x = clean(a)
    LOG.append("between")
    y = clean(b)
    patcher.stop()
    return [x, y]
