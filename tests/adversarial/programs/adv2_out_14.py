"""print to sys.stderr and to stdout interleaved with a failing call in a loop."""

import sys

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "boom", "d"],)
FAIL = {"boom"}


def main(items: list[str]):
    out = []
    for x in items:
        print("ask", x, file=sys.stderr)
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        print("got", x)
        out.append(r)
    return out
