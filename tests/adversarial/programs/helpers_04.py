"""A module-level lambda is the helper that asks the model."""

import autoform as af

CAUSE = "helpers"
ARGS = ("owl",)

ask = lambda q: af.lm_call([{"role": "user", "content": q}], model="m")  # noqa: E731


def main(topic: str):
    return [ask(topic), ask(topic + "?")]
