"""A helper with *args and **kwargs forwards options to the model."""

import autoform as af

CAUSE = "helpers"
ARGS = ("owl",)


def ask(*parts, **opts):
    return af.lm_call([{"role": "user", "content": " ".join(parts)}], model="m", **opts)


def main(topic: str):
    return [ask(topic, "one"), ask(topic, "two", temperature=0.5)]
