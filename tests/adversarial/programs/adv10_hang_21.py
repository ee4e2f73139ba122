"""A helper returns a tuple of two calls with documents (a gather) and is called in a loop;
one item's second call fails and is caught in the loop."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats 2"]


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        print("render", self.text)
        return self.text

    __repr__ = __str__


def pair(t):
    return (
        af.lm_call([{"role": "user", "content": Doc(t + " 1")}], model="m"),
        af.lm_call([{"role": "user", "content": Doc(t + " 2")}], model="m"),
    )


def main(topics: list):
    out = []
    for t in topics:
        try:
            out.append(pair(t))
        except RuntimeError:
            print("failed", t)
            out.append(None)
    return out
