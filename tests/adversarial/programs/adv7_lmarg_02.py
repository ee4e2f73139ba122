"""A document's `__str__` raises for the second one; the first call's result is printed."""

import autoform as af

CAUSE = "client"
ARGS = ("owls",)


class Doc:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        if self.text.endswith("!"):
            raise ValueError("cannot render " + self.text)
        return self.text

    __str__ = __repr__


def main(q: str):
    a = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    print("got", a)
    b = af.lm_call([{"role": "user", "content": Doc(q + "!")}], model="m")
    print("got", b)
    return [a, b]
