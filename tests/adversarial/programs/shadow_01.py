"""A parameter named `af` shadows the module: its lm_call is not autoform's."""

import types

import autoform as af

CAUSE = "shadowing"
LOG = []


def _fake_call(messages, model):
    LOG.append(messages[0]["content"])
    return "fake"


ARGS = ("owl", types.SimpleNamespace(lm_call=_fake_call))


def main(topic: str, af=af):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    return [a, b]
