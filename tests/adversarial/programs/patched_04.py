"""A Mock with a return value stands in for a helper during the run."""

from unittest import mock

import autoform as af

CAUSE = 15
ARGS = ("w",)


def summarize(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    with mock.patch.object(__import__(__name__), "summarize", mock.Mock(return_value="mocked")):
        inner = summarize(topic)
    return [inner, summarize(topic)]
