"""A context variable set by a helper that asks the model is read after it returns."""

import contextvars

import autoform as af

CAUSE = "contextvars"
ARGS = ("bird",)
LAST_REPLY = contextvars.ContextVar("LAST_REPLY", default="none")


def ask_and_mark(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    LAST_REPLY.set(r)
    return r


def main(topic: str):
    a = ask_and_mark(topic)
    b = ask_and_mark(topic + "?")
    return [a, b, LAST_REPLY.get()]
