"""A module logger configured at import with a handler that records where each log call was
made (function and line); main logs between calls and a helper logs after its call."""

import logging

import autoform as af

CAUSE = "log record location import-time handler"
ARGS = (["owls", "cats"],)
LOG = []


class Where(logging.Handler):
    def emit(self, record):
        LOG.append(f"{record.funcName}:{record.lineno}:{record.getMessage()}")


log = logging.getLogger("adv17_logloc_09")
log.propagate = False
log.setLevel(logging.INFO)
log.handlers[:] = [Where()]


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    log.info("asked %s", t)
    return r


def main(items: list):
    out = [ask(t) for t in items]
    log.info("batch done")
    extra = af.lm_call([{"role": "user", "content": "extra"}], model="m")
    log.info("extra done")
    return out, extra
