"""stacklevel=2 in a helper's log call; funcName/lineno of the helper's caller printed."""

import logging
import sys

import autoform as af

CAUSE = "stacklevel in helper"
ARGS = (["owls", "cats"],)


def note(r):
    logging.warning("note %s", r, stacklevel=2)


def main(items):
    logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d:%(message)s", force=True)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        note(r)
        out.append(r)
    return out
