"""Documents print to stderr when rendered; main prints to stdout; two fan-outs in a row."""

import sys

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "cats"], ["dogs", "bats"])


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        print("render", self.text, file=sys.stderr)
        return self.text

    __repr__ = __str__


def main(first: list, second: list):
    a = [af.lm_call([{"role": "user", "content": Doc(t)}], model="m") for t in first]
    print("between")
    print("between err", file=sys.stderr)
    b = [af.lm_call([{"role": "user", "content": Doc(t)}], model="m") for t in second]
    return a + b
