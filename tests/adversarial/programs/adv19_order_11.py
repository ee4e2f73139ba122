"""Attribute augmented assignment where the attribute is a property that prints."""

import autoform as af

CAUSE = "aug attr property"
ARGS = ("owls", "cats")


class Acc:
    def __init__(self):
        self._t = ""

    @property
    def t(self):
        print("get", len(self._t))
        return self._t

    @t.setter
    def t(self, v):
        print("set", len(v))
        self._t = v


def main(a: str, b: str):
    acc = Acc()
    acc.t += af.lm_call([{"role": "user", "content": a}], model="m")
    acc.t += af.lm_call([{"role": "user", "content": b}], model="m")
    return acc.t
