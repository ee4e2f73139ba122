"""A handler's formatter is swapped in the body for one that numbers lines; the loop logs
to stdout through a module-level handler."""

import logging
import sys

import autoform as af

CAUSE = "output formatter swapped in body"
ARGS = (["owls", "cats", "dogs"],)
log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.INFO)
_h = logging.StreamHandler()
log.addHandler(_h)


class Numbered(logging.Formatter):
    def __init__(self):
        super().__init__()
        self.n = 0

    def format(self, record):
        self.n += 1
        return f"{self.n} {record.getMessage()}"


def main(topics: list):
    _h.setStream(sys.stdout)
    f = Numbered()
    _h.setFormatter(f)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("got %s", r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {f.n}"}], model="m"))
    return out
