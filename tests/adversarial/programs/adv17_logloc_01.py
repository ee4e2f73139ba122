"""A list handler formats records with their function name and line number (where the log
call was made); logging happens in main between calls and inside a helper."""

import logging

import autoform as af

CAUSE = "log record location"
ARGS = (["owls", "cats"],)
LOG = []


class Where(logging.Handler):
    def emit(self, record):
        LOG.append(f"{record.funcName}:{record.lineno}:{record.getMessage()}")


log = logging.getLogger("adv17_logloc_01")
log.propagate = False
log.setLevel(logging.INFO)


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    log.info("asked %s", t)
    return r


def main(items: list):
    h = Where()
    log.addHandler(h)
    try:
        out = [ask(t) for t in items]
        log.info("batch done")
        extra = af.lm_call([{"role": "user", "content": "extra"}], model="m")
        log.info("extra done")
        return out, extra
    finally:
        log.removeHandler(h)
