"""logging with a custom handler that appends to LOG and a filter that counts records; each
item logs before and after its call."""

import logging

import autoform as af

CAUSE = "logging handler"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class ListHandler(logging.Handler):
    def emit(self, record):
        LOG.append(self.format(record))


class Counting(logging.Filter):
    def __init__(self):
        super().__init__()
        self.n = 0

    def filter(self, record):
        self.n += 1
        record.msg = f"[{self.n}] {record.msg}"
        return True


log = logging.getLogger("adv17_eff_06")
log.setLevel(logging.INFO)
log.propagate = False


def main(items: list):
    h = ListHandler()
    f = Counting()
    h.addFilter(f)
    log.addHandler(h)
    try:
        out = []
        for t in items:
            log.info("asking %s", t)
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            log.info("got %s", r)
            out.append(r)
        return out, f.n
    finally:
        log.removeHandler(h)
