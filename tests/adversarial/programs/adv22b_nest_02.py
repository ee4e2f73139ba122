"""Nested loops; an output-only helper called in the inner body logs a record failing for one item."""

import logging

import autoform as af

CAUSE = "bad record nested loops helper"
ARGS = ([1, "b"], ["x", "y"])


def show(x):
    logging.warning("x=%d", x)


def main(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            r = af.lm_call([{"role": "user", "content": str(x) + y}], model="m")
            show(x)
            out.append(r)
    return out
