"""A module-level handler records funcName and lineno of every record; main logs around
its calls."""

import logging

import autoform as af

CAUSE = "logging"
ARGS = (["owls", "cats"],)
LOG = []


class ToList(logging.Handler):
    def emit(self, record):
        LOG.append(f"{record.funcName}:{record.lineno} {record.getMessage()}")


log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(ToList())


def main(topics: list):
    out = []
    for t in topics:
        log.info("asking %s", t)
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    log.info("done")
    return out
