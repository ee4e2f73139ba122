"""logging.exception inside except in a fanned loop body."""
import logging

import autoform as af

logging.basicConfig(format="%(funcName)s:%(lineno)d:%(filename)s %(message)s", force=True)

CAUSE = "logging.exception in fanned loop"
ARGS = (["a", "b", "c"],)
FAIL = ["b"]

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    for x in xs:
        try:
            out.append(ask(x))
        except af.LMFailure:
            logging.exception("failed %s", x)
            out.append(None)
    return out
