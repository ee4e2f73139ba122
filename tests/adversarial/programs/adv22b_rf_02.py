"""An output-only helper logging %d of 10 ** k (too many digits at run time), called twice."""

import logging

import autoform as af

CAUSE = "record_fits huge int power"
ARGS = ("owls", 5000)


def show(k):
    logging.warning("v=%d", 10 ** k)


def main(a, k):
    r = af.lm_call([{"role": "user", "content": a}], model="m")
    show(k)
    s = af.lm_call([{"role": "user", "content": r}], model="m")
    show(k)
    return s
