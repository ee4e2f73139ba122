"""A dict comprehension whose value goes through an output-only helper logging a bad record."""

import logging

import autoform as af

CAUSE = "dictcomp bad record call stack"
ARGS = ([1, "cats"],)


def show(t, r):
    logging.warning("n=%d", t)
    return r


def main(items):
    return {t: show(t, af.lm_call([{"role": "user", "content": str(t)}], model="m")) for t in items}
