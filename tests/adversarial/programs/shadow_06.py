"""The name `af` is rebound inside the function to a stand-in that records."""

import types

import autoform as af

CAUSE = "shadowing"
ARGS = ("owl",)
LOG = []


def main(topic: str):
    real = af.lm_call([{"role": "user", "content": topic}], model="m")  # noqa: F823
    af = types.SimpleNamespace(lm_call=lambda messages, model: LOG.append(model) or "stub")
    return [real, af.lm_call([{"role": "user", "content": "x"}], model="m")]
