"""In a loop, each reply goes through a closure that appends to a module list."""

import autoform as af

CAUSE = "pure-helper"
ARGS = (["a", "b", "c", "d"],)

SINK = []


def make_writer():
    target = SINK

    def write(x):
        target.append(x)
        return x

    return write


record = make_writer()


def main(items: list):
    out = []
    for it in items:
        out.append(record(af.lm_call([{"role": "user", "content": it}], model="m")))
    return out
