"""Each document takes its heading from a shared iterator when it is rendered, so the order
of rendering decides which heading goes to which call; one call fails."""

import itertools

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "bad", "cats", "dogs"],)
FAIL = ["bad"]
HEADINGS = itertools.count(1)


class Doc:
    def __init__(self, text):
        self.text = text
        self.head = None

    def __str__(self):
        if self.head is None:
            self.head = next(HEADINGS)
        return f"{self.head}. {self.text}"

    __repr__ = __str__


def main(topics: list):
    out = []
    for t in topics:
        try:
            out.append(af.lm_call([{"role": "user", "content": Doc(t)}], model="m"))
        except RuntimeError:
            out.append(None)
    return out, next(HEADINGS)
