"""A huge int from a parameter with %d, logged by an output-only helper called in a loop."""

import logging

import autoform as af

CAUSE = "huge int in loop helper"
ARGS = (["owls", "cats"], 10**5000)


def show(n):
    logging.warning("n=%d", n)


def main(items, n):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        show(n)
        out.append(r)
    return out
