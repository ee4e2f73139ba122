"""traceback.print_exc of a failure in a pinned helper inside a comprehension."""
import logging
import traceback

import autoform as af

CAUSE = "traceback through comprehension and pinned helper"
ARGS = (["a", "b"], "n")
FAIL = ["b"]

def pinned(t, n):
    logging.warning("got %d", n)
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs, n):
    try:
        return [pinned(x, n) for x in xs]
    except af.LMFailure:
        traceback.print_exc()
        return "failed"
