"""A logger with a handler that records into LOG, used per item of a loop."""

import logging

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "cat"],)
LOG = []


class ListHandler(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger("pipeline_03")
log.setLevel(logging.INFO)
log.propagate = False
log.addHandler(ListHandler())


def main(topics: list[str]):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("asked %s", t)
        out.append(r)
    log.info("done")
    return out
