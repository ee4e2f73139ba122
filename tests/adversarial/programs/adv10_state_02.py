"""A document's `__str__` reads a global mode that main changes right after the call."""

import autoform as af

CAUSE = "turns"
ARGS = ("owls",)
MODE = "early"


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return f"{self.text} ({MODE})"

    __repr__ = __str__


def main(topic: str):
    global MODE
    a = af.lm_call([{"role": "user", "content": Doc(topic)}], model="m")
    MODE = "late"
    b = af.lm_call([{"role": "user", "content": topic + "s"}], model="m")
    MODE = "early"
    return [a, b]
