"""An output-only helper logging %c of an int from len() scaled (OverflowError), in a loop."""

import logging

import autoform as af

CAUSE = "record_fits percent c of int"
ARGS = (["owls", "cats"],)


def show(r):
    logging.warning("c=%c", len(r) * 10 ** 7)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        show(r)
        out.append(r)
    return out
