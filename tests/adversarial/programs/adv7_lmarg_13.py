"""A document's `__str__` reads a global mood that main changes right after the call."""

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
STATE = {"mood": "calm"}


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return STATE["mood"] + ":" + self.text

    __repr__ = __str__


def main(q: str):
    a = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    STATE["mood"] = "angry"
    b = af.lm_call([{"role": "user", "content": Doc(q + "s")}], model="m")
    STATE["mood"] = "calm"
    return [a, b]
