"""A decorator that changes the arguments (prefixes the question) before the helper runs."""

import functools

import autoform as af

CAUSE = "decorated-helper"
ARGS = ("owl",)


def polite(fn):
    @functools.wraps(fn)
    def wrapper(q):
        return fn("please: " + q)

    return wrapper


@polite
def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    return [ask(topic), ask(topic + "?")]
