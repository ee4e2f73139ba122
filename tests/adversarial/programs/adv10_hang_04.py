"""Two calls with documents whose answers feed only a later call; a call with no object in
between; prints between them."""

import autoform as af

CAUSE = "turns"
ARGS = ("owls", "cats")


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        print("render", self.text[:10])
        return self.text

    __repr__ = __str__


def ask(d):
    return af.lm_call([{"role": "user", "content": d}], model="m")


def main(x: str, y: str):
    a = ask(Doc(x))
    print("after a")
    b = ask(Doc(y))
    print("after b")
    plain = ask(x + y)
    c = ask(Doc(a[-8:] + b[-8:]))
    print("after c")
    return [a, b, plain, c]
