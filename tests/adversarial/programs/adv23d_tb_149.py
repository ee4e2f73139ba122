"""Exception traceback frames when a pinned helper raises, read via extract_tb."""
import logging
import traceback

import autoform as af

CAUSE = "traceback frames through pinned helper"
ARGS = ("owls", "cats", "n")

def pinned(t, n):
    logging.warning("got %d", n)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    raise KeyError(r)

def main(a, b, n):
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        pinned(b, n)
    except KeyError as e:
        return x, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__) if "adv23d" in f.filename]
