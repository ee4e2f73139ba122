"""A helper sets a context variable between two calls; the second call's prompt reads it,
and so does the function's result."""

import contextvars

import autoform as af

CAUSE = "contextvars"
ARGS = ("owls",)
MODE = contextvars.ContextVar("mode", default="plain")


def set_mode(m):
    MODE.set(m)


def ask(q):
    return af.lm_call([{"role": "user", "content": MODE.get() + ":" + q}], model="m")


def main(topic: str):
    a = ask(topic)
    set_mode("loud")
    b = ask(topic + "!")
    c = ask(a[:5])
    return [a, b, c, MODE.get()]
