"""A helper with a keyword parameter named `fn`."""

import autoform as af

CAUSE = 14
ARGS = ("mixed Case",)


def ask(text, fn=str.upper):
    return af.lm_call([{"role": "user", "content": fn(text)}], model="m")


def main(topic: str):
    return [ask(topic), ask(topic, fn=str.lower)]
