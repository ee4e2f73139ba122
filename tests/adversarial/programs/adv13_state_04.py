"""os.environ as configuration: main switches a STAGE variable between steps and a helper
reads it to pick the model."""

import os

import autoform as af

CAUSE = "environ config"
ARGS = ("owls",)


def ask(q):
    model = os.environ.get("ADV13_STAGE", "draft")
    return af.lm_call([{"role": "user", "content": q}], model=model)


def main(topic: str):
    os.environ.pop("ADV13_STAGE", None)
    a = ask(topic)
    os.environ["ADV13_STAGE"] = "final"
    b = ask(topic)
    del os.environ["ADV13_STAGE"]
    c = ask(topic + "!")
    return a, b, c
