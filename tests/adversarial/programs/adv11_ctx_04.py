"""A helper sets a ContextVar after its call; a second, independent helper reads it before
its own call: the value of the first should be seen."""

import contextvars

import autoform as af

CAUSE = "contextvars"
ARGS = ("owls",)
USER = contextvars.ContextVar("user", default="anon")


def login(q):
    r = af.lm_call([{"role": "user", "content": "login " + q}], model="m")
    USER.set("alice")
    return r


def ask(q):
    return af.lm_call([{"role": "user", "content": f"{USER.get()}: {q}"}], model="m")


def main(topic: str):
    a = login(topic)
    b = ask(topic)
    return [a, b]
