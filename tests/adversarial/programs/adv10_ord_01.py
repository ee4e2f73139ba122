"""Straight-line code: documents print when rendered, main prints between the calls; the
third call does not depend on the first two."""

import autoform as af

CAUSE = "ordering"
ARGS = ("owls",)


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        print("render", self.text)
        return self.text

    def __repr__(self):
        print("repr", self.text)
        return repr(self.text)


def main(topic: str):
    print("start")
    a = af.lm_call([{"role": "user", "content": Doc(topic)}], model="m")
    print("between 1")
    b = af.lm_call([{"role": "user", "content": Doc(topic + "s")}], model="m")
    print("between 2")
    c = af.lm_call([{"role": "user", "content": Doc(topic + "!")}], model="m")
    print("end")
    return [a, b, c]
