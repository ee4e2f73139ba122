"""Two independent calls and a badly formatted log call between them."""

import logging

import autoform as af

CAUSE = "logging error call stack straight"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    logging.error("first done: %s %s", ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
