"""A helper is replaced by a functools.partial of another helper during the run."""

import functools

import autoform as af

CAUSE = 15
ARGS = ("v",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def ask_with(prefix, q):
    return af.lm_call([{"role": "user", "content": prefix + q}], model="m")


def main(topic: str):
    global ask
    first = ask(topic)
    ask = functools.partial(ask_with, ">> ")
    return [first, ask(topic)]
