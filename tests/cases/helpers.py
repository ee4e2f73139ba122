"""Helpers of the user's are compiled too: two calls of a helper that asks the model overlap
like inline code; a helper with effects keeps its place; a pure helper is just a value."""

import autoform as af

LOG = []


def message(text):
    return [{"role": "user", "content": text}]


def ask(text):
    return af.lm_call(message(text), model="m")


def ask_twice(text):
    first = ask(text)
    return af.format("{} / {}", first, ask(af.format("again: {}", first)))


def noted(text):
    LOG.append(text)
    return ask(text)


@af.concurrent
def pipeline(topic: str) -> list:
    pros = ask(af.format("pros of {}", topic))
    cons = ask(af.format("cons of {}", topic))
    both = ask_twice(topic)
    logged = noted(af.format("log {}", topic))
    return [pros, cons, both, logged, list(LOG)]
