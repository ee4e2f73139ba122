"""The pipeline calls a partial of a helper that asks the model."""

import functools

import autoform as af

CAUSE = 17
ARGS = ("herons",)


def ask(prefix, q):
    return af.lm_call([{"role": "user", "content": prefix + q}], model="m")


def main(topic: str):
    loud = functools.partial(ask, "LOUD: ")
    return [loud(topic), loud(topic + "?")]
