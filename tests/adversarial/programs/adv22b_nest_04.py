"""A set comprehension of LM calls with a logged record per element (funcName field)."""

import io
import logging

import autoform as af

CAUSE = "setcomp funcName"
ARGS = (["owls", "cats"],)
BUF = io.StringIO()
log = logging.getLogger("adv22b.nest04")
_h = logging.StreamHandler(BUF)
_h.setFormatter(logging.Formatter("%(funcName)s:%(message)s"))
log.handlers[:] = [_h]
log.propagate = False


def main(items):
    s = {log.warning("t %s", t) or af.lm_call([{"role": "user", "content": t}], model="m") for t in items}
    return sorted(s), BUF.getvalue()
