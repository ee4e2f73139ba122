"""%(funcName)s of records written in a helper's fanned-out loop; helper called from main."""

import logging
import sys

import autoform as af

CAUSE = "funcName in helper loop"
ARGS = (["owls", "cats"],)


def ask_all(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %s", r)
        out.append(r)
    return out


def main(items):
    logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d:%(message)s", force=True)
    return ask_all(items)
