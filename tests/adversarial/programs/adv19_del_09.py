"""A comprehension walks a list of wrappers made just for it; its loop variable is its own,
so once it is done the wrappers are freed (each prints)."""

import autoform as af

CAUSE = "comprehension loop var keeps last item"
ARGS = (["owls", "cats"],)


class Box:
    def __init__(self, t):
        self.t = t

    def __del__(self):
        print("drop", self.t)


def main(items: list):
    boxes = [Box(t) for t in items]
    rs = [af.lm_call([{"role": "user", "content": b.t}], model="m") for b in boxes]
    del boxes
    print("after")
    return rs
