"""A document's `__repr__` checks whether it is rendered from within main (inspect.stack)."""

import inspect

import autoform as af

CAUSE = "client"
ARGS = ("owls",)


class Doc:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        inside = any(f.function == "main" for f in inspect.stack(0))
        return ("in-main " if inside else "detached ") + self.text

    __str__ = __repr__


def main(q: str):
    a = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    b = af.lm_call([{"role": "user", "content": Doc(q + "s")}], model="m")
    return [a, b]
