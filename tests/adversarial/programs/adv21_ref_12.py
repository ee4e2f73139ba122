"""logging.error with a %d field given a reply, in a comprehension helper."""

import logging

import autoform as af

CAUSE = "log args mismatch loop"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def step(t):
    r = ask(t)
    logging.error("n=%d", r)
    return r


def main(items):
    return [step(t) for t in items]
