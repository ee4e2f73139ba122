"""A record written directly in a list comprehension element (via `or`) with %(funcName)s."""

import logging
import sys

import autoform as af

CAUSE = "listcomp direct record funcName"
ARGS = (["owls", "cats"],)


def main(items):
    logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d:%(message)s", force=True)
    return [logging.warning("t %s", t) or af.lm_call([{"role": "user", "content": t}], model="m") for t in items]
