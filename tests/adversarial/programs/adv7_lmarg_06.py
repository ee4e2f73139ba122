"""A document's `__repr__` names the thread formatting it."""

import threading

import autoform as af

CAUSE = "client"
ARGS = ("owls",)


class Doc:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return threading.current_thread().name + ":" + self.text

    __str__ = __repr__


def main(q: str):
    a = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    b = af.lm_call([{"role": "user", "content": Doc(q + "s")}], model="m")
    return [a, b]
