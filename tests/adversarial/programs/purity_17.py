"""In a loop, each reply goes through a helper that writes sys.stdout directly."""

import sys

import autoform as af

CAUSE = "pure-helper"
ARGS = (["a", "b", "c", "d"],)


def record(x):
    sys.stdout.write(x + "\n")
    return x


def main(items: list):
    out = []
    for it in items:
        out.append(record(af.lm_call([{"role": "user", "content": it}], model="m")))
    return out
