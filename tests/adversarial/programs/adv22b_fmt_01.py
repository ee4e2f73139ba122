"""A stdout handler (made in main) formatting %(funcName)s:%(lineno)d; good records in a fanned-out loop."""

import logging
import sys

import autoform as af

CAUSE = "held record caller fields"
ARGS = (["owls", "cats"],)


def main(items):
    log = logging.getLogger("adv22b.fmt01")
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(module)s:%(levelname)s:%(message)s"))
    log.handlers[:] = [h]
    log.propagate = False
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.warning("got %s", r)
        out.append(r)
    return out
