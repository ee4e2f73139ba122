"""basicConfig to stdout with %(funcName)s %(lineno)d; an output-only helper called in a loop."""

import logging
import sys

import autoform as af

CAUSE = "held record caller fields in helper"
ARGS = (["owls", "cats"],)


def note(r):
    logging.warning("note %s", r)


def main(items):
    logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d:%(message)s", force=True)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        note(r)
        out.append(r)
    return out
