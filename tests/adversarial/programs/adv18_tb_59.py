"""A fanned-out loop whose item's call gets a bad af.format prompt: carets printed."""

import sys
import traceback

import autoform as af

CAUSE = 'tb fanout format carets'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    out = []
    for t in (a, b, "dogs"):
        try:
            out.append(af.lm_call([{"role": "user", "content": af.format("{} {}" if t == "cats" else "{}", t)}], model="m"))
        except IndexError:
            traceback.print_exc(file=sys.stdout)
    return out
