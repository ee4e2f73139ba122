"""A document's `__str__` prints; main prints between the calls."""

import autoform as af

CAUSE = "client"
ARGS = ("owls",)


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        print("rendering", self.text)
        return self.text

    __repr__ = __str__


def main(q: str):
    print("start")
    a = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    print("middle")
    b = af.lm_call([{"role": "user", "content": Doc(q + "s")}], model="m")
    print("end")
    return [a, b]
