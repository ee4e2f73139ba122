"""A context variable is set between two calls; a document's `__str__` reads it."""

import contextvars

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
tone = contextvars.ContextVar("tone", default="plain")


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return tone.get() + ":" + self.text

    __repr__ = __str__


def main(q: str):
    tone.set("formal")
    a = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    tone.set("casual")
    b = af.lm_call([{"role": "user", "content": Doc(q + "s")}], model="m")
    return [a, b]
