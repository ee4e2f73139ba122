"""setattr(sys, 'stdout', ...) done by a helper that takes the attribute name as a
parameter (a 'configure' utility); the loop's prints feed a module buffer the prompts
read."""

import io
import sys

import autoform as af

CAUSE = "stdout set by setattr with computed name"
ARGS = (["owls", "cats", "dogs"],)
BUF = []


class Capture(io.TextIOBase):
    def write(self, s):
        BUF.append(s)
        return len(s)


def configure(module, name, value):
    old = getattr(module, name)
    setattr(module, name, value)
    return old


def main(items: list):
    old = configure(sys, "std" + "out", Capture())
    out = []
    for t in items:
        print("q", t)
        out.append(af.lm_call([{"role": "user", "content": f"{t} buf={len(BUF)}"}], model="m"))
    sys.stdout = old
    return out
