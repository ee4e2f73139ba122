"""Handler with %(funcName)s/%(lineno)d; a helper logs a good record in a loop."""

import io
import logging

import autoform as af

CAUSE = "formatter fields from helper record"
ARGS = (["owls", "cats"],)
log = logging.getLogger("adv22b7")
BUF = io.StringIO()
h = logging.StreamHandler(BUF)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(message)s"))
log.handlers[:] = [h]
log.propagate = False


def note(r):
    log.info("note %s", r)
    log.warning("note %s", r)


def main(items):
    log.setLevel(logging.INFO)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        note(r)
        out.append(r)
    return out, BUF.getvalue()
