"""A document's `__str__` counts renders in a context variable; main reads the count."""

import contextvars

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
renders = contextvars.ContextVar("renders", default=0)


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        renders.set(renders.get() + 1)
        return self.text

    __repr__ = __str__


def main(q: str):
    a = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    b = af.lm_call([{"role": "user", "content": Doc(a[:6])}], model="m")
    return [a, b, renders.get() > 0]
