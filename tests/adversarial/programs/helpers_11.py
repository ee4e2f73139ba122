"""A helper takes a callback and calls it between two calls of its own."""

import autoform as af

CAUSE = "helpers"
ARGS = ("owl",)
FAIL = {"second"}
LOG = []


def pipeline(q, on_step):
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    on_step(a)
    b = af.lm_call([{"role": "user", "content": "second " + a}], model="m")
    on_step(b)
    return b


def main(topic: str):
    return pipeline(topic, LOG.append)
