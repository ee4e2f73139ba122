"""main(topic: str) rebinds its parameter to a document object, then formats it after an
independent call."""

import autoform as af

CAUSE = "annotations"
ARGS = ("owls",)
RENDERED = [0]


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        RENDERED[0] += 1
        return self.t


def main(topic: str):
    topic = Doc(topic)
    a = af.lm_call([{"role": "user", "content": "intro"}], model="m")
    label = f"{topic}"
    b = af.lm_call([{"role": "user", "content": f"{a} {RENDERED[0]}"}], model="m")
    return [label, b]
