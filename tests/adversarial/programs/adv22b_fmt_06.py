"""exc_info=True inside an except in a fanned-out item; traceback of the LM failure logged to stdout."""

import logging
import sys

import autoform as af

CAUSE = "exc_info in loop item"
ARGS = (["owls", "cats", "emus"],)
FAIL = ["cats"]


def main(items):
    logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d:%(message)s", force=True)
    out = []
    for t in items:
        try:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
        except Exception:
            logging.warning("failed %s", t, exc_info=True)
            r = None
        out.append(r)
    return out
