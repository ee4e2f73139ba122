"""A module-level settings object picks the model; the function switches models midway."""

import types

import autoform as af

CAUSE = 1
ARGS = ("glaciers",)
SETTINGS = types.SimpleNamespace(model="small")


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model=SETTINGS.model)


def main(topic: str):
    a = ask(topic)
    SETTINGS.model = "large"
    b = ask(topic)
    SETTINGS.model = "small"
    return [a, b]
