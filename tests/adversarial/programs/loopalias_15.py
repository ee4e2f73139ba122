"""json.loads in try/except in a loop body that logs the bad reply with
log.warning through a handler writing module state; the last item fails."""

import json
import logging

import autoform as af

CAUSE = "loop"
ARGS = (["[1]", "nope", "x FAIL"],)
FAIL = {"FAIL"}
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.propagate = False


def main(items: list[str]):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        try:
            v = json.loads(r[3:-1])
        except ValueError:
            log.warning("bad json %s", r)
            v = None
        out.append(v)
    return out
