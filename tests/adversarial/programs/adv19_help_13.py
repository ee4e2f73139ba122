"""sys.stdout.write and print interleaved with independent calls."""

import sys

import autoform as af

CAUSE = "stdout write interleave"
ARGS = ("owls", "cats")


def main(a, b):
    sys.stdout.write("start ")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    sys.stdout.write(x + "\n")
    y = af.lm_call([{"role": "user", "content": b}], model="m")
    print(y, file=sys.stderr)
    return x, y
