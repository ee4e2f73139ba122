"""sorted(genexp, key=lambda calls lm) in try; key fails."""

import sys
import traceback

import autoform as af

CAUSE = "sorted key calls lm"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["<m:cats>"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    try:
        out = sorted((ask(t) for t in items), key=lambda r: ask(r))
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        out = None
    return out
