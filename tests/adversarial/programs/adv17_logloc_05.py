"""A badly formatted log call in a loop: the 'Logging error' report goes to stderr; only the
lines of the report that name this file are kept (a custom handler's handleError)."""

import logging
import sys
import traceback

import autoform as af

CAUSE = "handleError stack of this file"
ARGS = (["owls", "cats"],)


class Quiet(logging.StreamHandler):
    def handleError(self, record):
        for line in traceback.format_stack():
            if __file__ in line:
                print(line.strip().splitlines()[0], file=sys.stderr)


log = logging.getLogger("adv17_logloc_05")
log.propagate = False


def main(items: list):
    h = Quiet(sys.stderr)
    log.addHandler(h)
    try:
        out = []
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            log.warning("reply length %d", r)
            out.append(r)
        return out
    finally:
        log.removeHandler(h)
