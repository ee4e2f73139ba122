"""A log call spanning lines in a fanned-out loop; %(lineno)d of held records."""

import io
import logging

import autoform as af

CAUSE = "multiline log call lineno"
ARGS = (["owls", "cats"],)
BUF = io.StringIO()
log = logging.getLogger("adv22b.ml01")
_h = logging.StreamHandler(BUF)
_h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(message)s"))
log.handlers[:] = [_h]
log.propagate = False


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        (log
            .warning(
                "got %s",
                r,
            ))
        out.append(r)
    return out, BUF.getvalue()
