"""A helper builds wrappers in a comprehension and returns only their texts."""

import autoform as af

CAUSE = "__del__ comprehension in helper"
ARGS = (["owls", "cats"],)


class Box:
    def __init__(self, r):
        self.r = r

    def __del__(self):
        print("drop", self.r)


def texts(items):
    boxes = [Box(af.lm_call([{"role": "user", "content": t}], model="m")) for t in items]
    return [b.r for b in boxes]


def main(items: list):
    rs = texts(items)
    print("got", len(rs))
    return rs
