"""The inner loop runs over an object's list that the outer rest appends to first."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Box:
    def __init__(self):
        self.items = ["q"]


def main(cs: list[str], qs: list[str]):
    box = Box()
    out = []
    for c in cs:
        box.items.append(c)
        for q in box.items:
            out.append(ask(c + ":" + q))
    return out
