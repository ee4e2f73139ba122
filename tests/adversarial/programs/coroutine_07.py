"""A context variable set in the function is read by a helper that asks the model."""

import contextvars

import autoform as af

CAUSE = "contextvars"
ARGS = ("fox",)
TONE = contextvars.ContextVar("TONE", default="neutral")


def ask(q):
    return af.lm_call([{"role": "user", "content": f"({TONE.get()}) {q}"}], model="m")


def main(topic: str):
    a = ask(topic)
    TONE.set("cheerful")
    b = ask(topic)
    return [a, b]
