"""A functools.partial fixes the model of a pipeline function."""

import functools

import autoform as af

CAUSE = 17


def pipeline(topic, model):
    a = af.lm_call([{"role": "user", "content": topic}], model=model)
    return a + af.lm_call([{"role": "user", "content": topic + "!"}], model=model)


main = functools.partial(pipeline, model="pm")
ARGS = ("lions",)
