"""print() with a call among its arguments, and print to stderr."""

import sys

import autoform as af

CAUSE = "io"
ARGS = ("p",)


def main(q: str):
    print("asking", af.lm_call([{"role": "user", "content": q}], model="m"))
    print("to stderr", file=sys.stderr)
    r = af.lm_call([{"role": "user", "content": q + "2"}], model="m")
    print("done", r)
    return r
