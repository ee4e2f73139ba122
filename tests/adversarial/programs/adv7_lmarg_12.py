"""Documents number themselves as they are rendered (a global counter)."""

import itertools

import autoform as af

CAUSE = "client"
ARGS = (["owls", "bats", "cats", "dogs"],)
_seq = itertools.count(1)


class Doc:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"[{next(_seq)}] {self.text}"

    __str__ = __repr__


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": Doc(t)}], model="m"))
    return out
