"""logging with a filter that counts records in a global and a handler that writes to
stderr; each turn logs before and after its call."""

import logging
import sys

import autoform as af

CAUSE = "output set up in body"
ARGS = (["owls", "cats", "dogs"],)
COUNT = 0


class Counting(logging.Filter):
    def filter(self, record):
        global COUNT
        COUNT += 1
        record.n = COUNT
        return True


log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.INFO)


def main(topics: list):
    h = logging.StreamHandler(sys.stderr)
    h.setFormatter(logging.Formatter("%(n)s %(message)s"))
    log.handlers[:] = [h]
    log.filters[:] = [Counting()]
    out = []
    for t in topics:
        log.info("ask %s", t)
        r = af.lm_call([{"role": "user", "content": f"{t} #{COUNT}"}], model="m")
        log.info("got %s", r)
        out.append(r)
    return out
