"""A document's `__str__` counts renders in a global; main reads the counter in the next
statement, before using the answer."""

import autoform as af

CAUSE = "turns"
ARGS = ("owls",)
COUNT = 0


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        global COUNT
        COUNT += 1
        return self.text

    __repr__ = __str__


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": Doc(topic)}], model="m")
    n = COUNT
    b = af.lm_call([{"role": "user", "content": f"{topic} {n}"}], model="m")
    return [a, b, n]
