"""The failing call after a non-ASCII string in a fanned-out loop."""

import sys
import traceback

import autoform as af

CAUSE = 'non-ascii fanout carets'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    out = []
    for t in (a, b, "dogs"):
        try:
            out.append("ñ→" + af.lm_call([{"role": "user", "content": t}], model="m"))
        except RuntimeError:
            traceback.print_exc(file=sys.stdout)
    return out
