"""A record with %(funcName)s written in a generator expression consumed by list()."""

import logging
import sys

import autoform as af

CAUSE = "genexpr direct record funcName"
ARGS = (["owls", "cats"],)


def main(items):
    logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(message)s", force=True)
    return list(logging.warning("t %s", t) or af.lm_call([{"role": "user", "content": t}], model="m") for t in items)
