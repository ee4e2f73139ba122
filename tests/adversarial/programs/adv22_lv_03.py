"""A logger with a funcName format in a fanned-out loop."""
import logging
import sys

import autoform as af

CAUSE = "log funcName in loop"
ARGS = (["owls", "cats", "dogs"],)

log = logging.getLogger("lv03")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(message)s"))
log.addHandler(h)
log.propagate = False

def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.warning("got %s", r)
        out.append(r)
    return out
