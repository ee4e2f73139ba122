"""A module-level handler whose formatter names a missing field; good records in a fanned-out loop."""

import io
import logging

import autoform as af

CAUSE = "module formatter fails on held record"
ARGS = (["owls", "cats"],)
BUF = io.StringIO()
log = logging.getLogger("adv22b.hf08")
_h = logging.StreamHandler(BUF)
_h.setFormatter(logging.Formatter("%(nosuch)s %(message)s"))
log.handlers[:] = [_h]
log.propagate = False


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.warning("got %s", r)
        out.append(r)
    return out, BUF.getvalue()
