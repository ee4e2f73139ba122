"""A helper that builds the prompt logs with a bad format; called per item in a
comprehension."""

import logging

import autoform as af

CAUSE = "logging error in helper"
ARGS = (["owls", "cats"],)


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d chars", r)
    return r


def main(items: list):
    return [ask(t) for t in items]
