"""Loop items print to stderr and stdout with sep and end, before and after their
call."""

import logging
import sys

import autoform as af

CAUSE = "output"
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        mark = " +exc" if record.exc_info else ""
        LOG.append(record.levelname + ": " + record.getMessage() + mark)


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False

ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    out = []
    for it in items:
        print("item", it, sep="=", end=";", file=sys.stderr)
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        print("done", it, r, sep="|")
        out.append(r)
    return out
