"""A helper making an LM call, called inside an `except` block, reads sys.exc_info()
(the exception being handled by its caller)."""

import sys

import autoform as af

CAUSE = "errors"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def explain(q):
    kind, value, _ = sys.exc_info()
    return ask(f"{q} after {getattr(kind, '__name__', None)}: {value}")


def main(topic: str):
    a = ask(topic)
    try:
        int(topic)
    except ValueError:
        b = explain(a[:6])
    c = explain(topic)
    return [a, b, c]
