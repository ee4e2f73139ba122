"""A helper memoised with functools.lru_cache: the same question is asked once."""

import functools

import autoform as af

CAUSE = "decorated-helper"
ARGS = ("owl",)


@functools.lru_cache(maxsize=128)
def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    return [ask(topic), ask(topic), ask(topic + "!")]
