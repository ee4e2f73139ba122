"""Handler on stdout with %(funcName)s %(lineno)d %(module)s; good records in a fanned-out loop."""

import io
import logging

import autoform as af

CAUSE = "formatter fields from held record"
ARGS = (["owls", "cats"],)
log = logging.getLogger("adv22b6")
BUF = io.StringIO()
h = logging.StreamHandler(BUF)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(module)s:%(filename)s:%(message)s"))
log.handlers[:] = [h]
log.propagate = False


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.warning("got %s", r)
        out.append(r)
    return out, BUF.getvalue()
