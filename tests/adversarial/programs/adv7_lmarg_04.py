"""An object nested in a content-parts list; its `__repr__` counts renders."""

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
RENDERS = 0


class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        global RENDERS
        RENDERS += 1
        return "<image " + self.name + ">"


def main(q: str):
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    parts = [{"type": "text", "text": a[:6]}, {"type": "image", "image": Image(q)}]
    b = af.lm_call([{"role": "user", "content": parts}], model="m")
    n = RENDERS
    return [a, b, n]
