"""An output-only helper logging %d of a float inf (runtime OverflowError) after an LM call."""

import logging

import autoform as af

CAUSE = "percent d of inf in helper"
ARGS = ("owls", float("inf"))


def show(v):
    logging.warning("v=%d", v)


def main(a, v):
    r = af.lm_call([{"role": "user", "content": a}], model="m")
    show(v)
    s = af.lm_call([{"role": "user", "content": a + "2"}], model="m")
    return r, s
