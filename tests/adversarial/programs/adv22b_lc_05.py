"""A bad record logged directly in a list comprehension element via a helper with no LM call."""

import logging

import autoform as af

CAUSE = "listcomp bad record output helper"
ARGS = ([1, "cats"],)


def show(t, r):
    logging.warning("n=%d", t)
    return r


def main(items):
    return [show(t, af.lm_call([{"role": "user", "content": str(t)}], model="m")) for t in items]
