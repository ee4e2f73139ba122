"""A loop over a generator that logs as it yields; each item logs and asks."""

import logging

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

ARGS = (3,)


def numbers(n):
    for i in range(n):
        log.info("yield %s", i)
        yield str(i)


def main(n: int):
    out = []
    for x in numbers(n):
        log.info("item %s", x)
        out.append(af.lm_call([{"role": "user", "content": "n" + x}], model="m"))
    return out
